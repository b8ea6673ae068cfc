// The fa-AF texts: one lazy chunk per namespace, precached by the service worker (see ../localeBackend.ts).
export const loaders = import.meta.glob<Record<string, unknown>>(
  ["/locales/fa-AF/*.json", "!/locales/fa-AF/_meta.json"],
  {
    import: "default",
  },
);
