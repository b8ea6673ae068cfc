// The tr texts: one lazy chunk per namespace, precached by the service worker (see ../localeBackend.ts).
export const loaders = import.meta.glob<Record<string, unknown>>(
  ["/locales/tr/*.json", "!/locales/tr/_meta.json"],
  {
    import: "default",
  },
);
