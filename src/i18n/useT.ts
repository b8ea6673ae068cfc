import i18next, { type TFunction } from "i18next";
import { useEffect, useReducer } from "preact/hooks";
import { currentLanguage, directionOf } from "./i18n";
import type { LanguageCode } from "./languages";

/** What a component needs to write words: the translate function, the language and its direction. */
export interface Translation {
  t: TFunction;
  language: LanguageCode;
  dir: "ltr" | "rtl";
}

/** Re-renders the component when the language changes or a namespace finishes loading. */
export function useT(): Translation {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const update = () => rerender(undefined);
    i18next.on("languageChanged", update);
    i18next.store.on("added", update);
    return () => {
      i18next.off("languageChanged", update);
      i18next.store.off("added", update);
    };
  }, []);
  const language = currentLanguage();
  return { t: i18next.t, language, dir: directionOf(language) };
}

/** A translate function fixed to French, for the official names and the bilingual views. */
export function frenchT(): TFunction {
  return i18next.getFixedT("fr");
}
