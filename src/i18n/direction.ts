import i18next from "i18next";
import { directionOf } from "./i18n";

/** Sets `<html lang dir>` to the language in use now and after every change. */
export function followLanguageOnDocument(root: HTMLElement = document.documentElement): () => void {
  const apply = (language: string) => {
    root.lang = language;
    root.dir = directionOf(language);
  };
  apply(i18next.language);
  i18next.on("languageChanged", apply);
  return () => i18next.off("languageChanged", apply);
}
