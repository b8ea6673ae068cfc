import type { BackendModule } from "i18next";
import { loaders as french } from "./bundles/fr";

type Loaders = Record<string, () => Promise<Record<string, unknown>>>;

// One lazy chunk per language and namespace; the service worker precaches them all, so a language
// chosen at the counter with no network still loads (ARCHITECTURE.md §5, i18n). French is the source and
// every language's fallback, so its list is in the app; each other language's list is its own small
// chunk, so the start screen does not carry the file names of twelve languages.
const others = import.meta.glob<Loaders>(["./bundles/*.ts", "!./bundles/fr.ts"], { import: "loaders" });

/** The lazy loaders of one language's namespaces, or none for a language Papiers does not ship. */
async function loadersOf(language: string): Promise<Loaders> {
  if (language === "fr") return french;
  const load = others[`./bundles/${language}.ts`];
  return load ? load() : {};
}

/** i18next backend that loads `locales/<lng>/<ns>.json` through Vite's lazy imports. */
export const localeBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    loadersOf(language)
      .then((loaders) => {
        const load = loaders[`/locales/${language}/${namespace}.json`];
        // A namespace a language does not have yet falls back to French through i18next's fallback.
        return load ? load() : {};
      })
      .then(
        (resources) => callback(null, resources),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
  },
};
