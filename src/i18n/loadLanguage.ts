import i18next from "i18next";

/**
 * Loads a language's texts besides the interface language, for paper printed in two languages (the
 * desk's blank checklist lets the helper pick the second language apart from the app's own).
 */
export async function loadLanguage(language: string, namespaces: readonly string[]): Promise<void> {
  await i18next.loadNamespaces([...namespaces]);
  await i18next.loadLanguages(language);
}
