// The fr texts: one lazy chunk per namespace, precached by the service worker (see ../localeBackend.ts).
export const loaders = import.meta.glob<Record<string, unknown>>(
  ["/locales/fr/*.json", "!/locales/fr/_meta.json"],
  {
    import: "default",
  },
);
