import i18next from "i18next";

/**
 * The texts a listenable element can come from, addressed as `<namespace>:<key>` (the address of a
 * recorded clip, UX.md §2.3), for the listen control, the studio and the bilingual view. Not in `i18n/`:
 * only lazy code uses it, and a lazy entry of its own would split the first screen's bundle in two.
 */

const namespaceFiles = import.meta.glob(["/locales/fr/*.json", "!/locales/fr/_meta.json"]);

/** Every locale namespace, from the French source files. */
export const NAMESPACES: readonly string[] = Object.keys(namespaceFiles)
  .map((path) => path.split("/")[3]?.replace(/\.json$/, "") ?? path)
  .sort((a, b) => (a === "common" ? -1 : b === "common" ? 1 : a.localeCompare(b)));

/** The text of `namespace:key` written in `language` itself (no fallback), or undefined. */
export function textIn(language: string, fullKey: string): string | undefined {
  const [namespace, key] = splitKey(fullKey);
  const text: unknown = i18next.getResource(language, namespace, key);
  return typeof text === "string" ? text : undefined;
}

/** `"dossier:result.none"` → `["dossier", "result.none"]`; a bare key is in `common`. */
function splitKey(fullKey: string): [string, string] {
  const colon = fullKey.indexOf(":");
  return colon < 0 ? ["common", fullKey] : [fullKey.slice(0, colon), fullKey.slice(colon + 1)];
}

/** Every string of a nested namespace object, by its dotted key. */
function flatten(prefix: string, value: unknown, into: Map<string, string>): void {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, child, into);
}

/** Every loaded text of a language, as `namespace:key` → text. */
export function loadedTexts(language: string): Map<string, string> {
  const texts = new Map<string, string>();
  const bundles: Record<string, unknown> = i18next.store.data[language] ?? {};
  for (const [namespace, bundle] of Object.entries(bundles)) {
    const flat = new Map<string, string>();
    flatten("", bundle, flat);
    for (const [key, text] of flat) texts.set(`${namespace}:${key}`, text);
  }
  return texts;
}

/** Spaces as a screen shows them: one between words, none at the ends. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The keys a piece of screen text may come from, found by its exact wording in the loaded texts of
 * `language` (the same words can sit under several keys, e.g. a button and a heading). Texts with values
 * filled in (a date, a count) match no key: they are read by speech only.
 */
export function keysOfText(language: string, text: string): string[] {
  const wanted = normaliseSpaces(text);
  return [...loadedTexts(language)]
    .filter(([, candidate]) => normaliseSpaces(candidate) === wanted)
    .map(([key]) => key);
}

/** Loads every namespace of French and `language` (the studio and the bilingual view need them all). */
export async function loadAllTexts(language: string): Promise<void> {
  // Namespaces load for the current language and French; `loadLanguages` then loads them all for another.
  await i18next.loadNamespaces([...NAMESPACES]);
  await i18next.loadLanguages([language, "fr"]);
}

/**
 * Every prompt an interpreter records for a language, grouped by namespace in the source's order: the
 * French texts without a value to fill in (a clip cannot say a date it does not know).
 */
export function listenableKeys(): Array<{ namespace: string; keys: string[] }> {
  const french = loadedTexts("fr");
  return NAMESPACES.map((namespace) => ({
    namespace,
    keys: [...french]
      .filter(([key, text]) => key.startsWith(`${namespace}:`) && !text.includes("{{"))
      .map(([key]) => key),
  }));
}
