import type { LanguageCode } from "./languages";

/** How a language is named: by its own name in its own script (endonym) and in French for the desk. */
export interface LanguageName {
  endonym: string;
  frenchName: string;
}

/** Every shipped language's names; the type makes a language without names fail the build. */
export const LANGUAGE_NAMES: { readonly [code in LanguageCode]: LanguageName } = {
  fr: { endonym: "Français", frenchName: "français" },
  en: { endonym: "English", frenchName: "anglais" },
  ar: { endonym: "العربية", frenchName: "arabe" },
  "fa-AF": { endonym: "دری", frenchName: "dari" },
  ps: { endonym: "پښتو", frenchName: "pachto" },
  ti: { endonym: "ትግርኛ", frenchName: "tigrigna" },
  bn: { endonym: "বাংলা", frenchName: "bengali" },
  ta: { endonym: "தமிழ்", frenchName: "tamoul" },
  uk: { endonym: "Українська", frenchName: "ukrainien" },
  ru: { endonym: "Русский", frenchName: "russe" },
  tr: { endonym: "Türkçe", frenchName: "turc" },
  es: { endonym: "Español", frenchName: "espagnol" },
};
