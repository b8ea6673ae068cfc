/** The languages Papiers ships, by their own name (endonym) and with their French name for the desk. */
export const LANGUAGES = [
  { code: "fr", endonym: "Français", frenchName: "français", dir: "ltr", speech: true },
  { code: "en", endonym: "English", frenchName: "anglais", dir: "ltr", speech: true },
  { code: "ar", endonym: "العربية", frenchName: "arabe", dir: "rtl", speech: true },
  { code: "uk", endonym: "Українська", frenchName: "ukrainien", dir: "ltr", speech: true },
  { code: "ru", endonym: "Русский", frenchName: "russe", dir: "ltr", speech: true },
  { code: "es", endonym: "Español", frenchName: "espagnol", dir: "ltr", speech: true },
] as const satisfies ReadonlyArray<LanguageInfo>;

/**
 * One shipped language. `speech` says whether phones commonly have a synthetic voice for it
 * (UX.md §2.2); it is false for Dari, Pashto and Tigrinya, which must never be read by another voice.
 */
export interface LanguageInfo {
  code: string;
  endonym: string;
  frenchName: string;
  dir: "ltr" | "rtl";
  speech: boolean;
}

/** A language code Papiers ships. */
export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/** The language every text is written in first, and the fallback for anything missing. */
export const SOURCE_LANGUAGE: LanguageCode = "fr";

/** True when `code` is a language Papiers ships. */
export function isLanguageCode(code: unknown): code is LanguageCode {
  return LANGUAGES.some((language) => language.code === code);
}

/** The first shipped language among the browser's preferred ones, else French. */
export function preferredLanguage(candidates: readonly string[]): LanguageCode {
  for (const candidate of candidates) {
    const exact = LANGUAGES.find((language) => language.code === candidate);
    if (exact) return exact.code;
    const base = candidate.split("-")[0];
    const sameBase = LANGUAGES.find((language) => language.code.split("-")[0] === base);
    if (sameBase) return sameBase.code;
  }
  return SOURCE_LANGUAGE;
}
