import i18next from "i18next";
import frenchCommon from "../../locales/fr/common.json";
import { isLanguageCode, LANGUAGES, type LanguageCode, SOURCE_LANGUAGE } from "./languages";
import { localeBackend } from "./localeBackend";

/** In development and tests a missing key is a bug and throws; in production French fills the gap. */
const strict = import.meta.env.DEV || import.meta.env.MODE === "test";

/** Starts i18next in `language` with the `common` namespace loaded (and French as fallback). */
export async function initI18n(language: LanguageCode): Promise<void> {
  if (i18next.isInitialized) {
    await changeLanguage(language);
    return;
  }
  await i18next.use(localeBackend).init({
    lng: language,
    // French interface texts ship inside the main bundle: they are the fallback of every language, so the
    // first screen never waits for a second request. Every other text still loads lazily.
    resources: { [SOURCE_LANGUAGE]: { common: frenchCommon } },
    partialBundledLanguages: true,
    fallbackLng: { "fa-AF": ["fa", SOURCE_LANGUAGE], default: [SOURCE_LANGUAGE] },
    supportedLngs: LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: false,
    load: "currentOnly",
    ns: ["common"],
    defaultNS: "common",
    // Preact escapes text itself; escaping here would show "&amp;" to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: strict,
    missingKeyHandler: strict
      ? (_languages, namespace, key) => {
          throw new Error(`Missing translation key "${namespace}:${key}"`);
        }
      : false,
  });
}

/** Switches the interface language; loads its namespaces first so nothing flashes in French. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  await i18next.changeLanguage(language);
}

/** Loads extra namespaces (e.g. the catalogue) before a screen that needs them renders. */
export async function loadNamespaces(...namespaces: string[]): Promise<void> {
  await i18next.loadNamespaces(namespaces);
}

/** The language in use now. */
export function currentLanguage(): LanguageCode {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguageCode(language) ? language : SOURCE_LANGUAGE;
}

/** Writing direction of a language, from i18next (which asks Intl.Locale#getTextInfo first). */
export function directionOf(language: string): "ltr" | "rtl" {
  return i18next.dir(language);
}

/** True when a text exists for a key built from data (e.g. a document id taken from an address). */
export function hasText(key: string): boolean {
  return i18next.exists(key);
}
