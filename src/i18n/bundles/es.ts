// The es texts: one lazy chunk per namespace, precached by the service worker (see ../localeBackend.ts).
export const loaders = import.meta.glob<Record<string, unknown>>(
  ["/locales/es/*.json", "!/locales/es/_meta.json"],
  {
    import: "default",
  },
);
