import type { BackendModule } from "i18next";

// One lazy chunk per language and namespace; the service worker precaches them all, so a language
// chosen at the counter with no network still loads (ARCHITECTURE.md §5, i18n).
const loaders = import.meta.glob<Record<string, unknown>>(["/locales/*/*.json", "!/locales/*/_meta.json"], {
  import: "default",
});

/** i18next backend that loads `locales/<lng>/<ns>.json` through Vite's lazy imports. */
export const localeBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = loaders[`/locales/${language}/${namespace}.json`];
    // A namespace a language does not have yet falls back to French through i18next's fallback.
    if (!load) return callback(null, {});
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
