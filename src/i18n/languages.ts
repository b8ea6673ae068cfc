/**
 * The languages Papiers ships, in the picker's order. Their names are in `languageNames.ts`: only the
 * screens that show them load them, which keeps the start screen small.
 */
export const LANGUAGES = [
  { code: "fr", dir: "ltr", speech: true },
  { code: "en", dir: "ltr", speech: true },
  { code: "ar", dir: "rtl", speech: true },
  { code: "fa-AF", dir: "rtl", speech: false },
  { code: "ps", dir: "rtl", speech: false },
  { code: "ti", dir: "ltr", speech: false },
  { code: "bn", dir: "ltr", speech: true },
  { code: "ta", dir: "ltr", speech: true },
  { code: "uk", dir: "ltr", speech: true },
  { code: "ru", dir: "ltr", speech: true },
  { code: "tr", dir: "ltr", speech: true },
  { code: "es", dir: "ltr", speech: true },
] as const satisfies ReadonlyArray<LanguageInfo>;

/**
 * One shipped language. `speech` says whether phones commonly have a synthetic voice for it
 * (UX.md §2.2); it is false for Dari, Pashto and Tigrinya, which must never be read by another voice.
 */
export interface LanguageInfo {
  code: string;
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
