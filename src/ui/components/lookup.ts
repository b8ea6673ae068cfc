import type { TFunction } from "i18next";

/**
 * Words whose key is built from catalogue data (`documents.<id>.name`). The compiler cannot check
 * such keys; catalogue.test.ts and locales.test.ts check that every one exists in every language.
 */
export function lookup(t: TFunction, namespace: "catalogue" | "dossier", key: string): string {
  return t(key, { ns: namespace, defaultValue: key });
}
