import i18next, { type CustomTypeOptions, type TFunction } from "i18next";
import { useEffect, useReducer } from "preact/hooks";
import { currentLanguage, directionOf } from "./i18n";
import type { LanguageCode } from "./languages";

/** Every locale namespace; keys of those other than `common` are written "namespace:key". */
type Namespace = keyof CustomTypeOptions["resources"];
/** The translate function, typed with every namespace so a wrong key fails to compile. */
export type AppT = TFunction<["common", ...Exclude<Namespace, "common">[]]>;

/** What a component needs to write words: the translate function, the language and its direction. */
export interface Translation {
  t: AppT;
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
  return { t: i18next.t as AppT, language, dir: directionOf(language) };
}

/** A translate function fixed to French, for the official names and the bilingual views. */
export function frenchT(): AppT {
  return i18next.getFixedT("fr") as AppT;
}
