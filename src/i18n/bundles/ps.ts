// The ps texts: one lazy chunk per namespace, precached by the service worker (see ../localeBackend.ts).
export const loaders = import.meta.glob<Record<string, unknown>>(
  ["/locales/ps/*.json", "!/locales/ps/_meta.json"],
  {
    import: "default",
  },
);
