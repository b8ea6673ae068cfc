// Pure checks over locale texts (UX.md §3.6 and §7 items 9 and 11). Each returns what it finds wrong, so
// tests/locales.test.ts runs them on the real files and tests/localeChecks.test.ts on planted faults.

/** A namespace file, nested as i18next reads it. */
export type LocaleTree = { [key: string]: string | LocaleTree };
/** A namespace file flattened to dotted keys. */
export type FlatTexts = Record<string, string>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattens nested JSON into dotted keys ("letters.kinds.inPersonReception"). */
export function flatten(tree: LocaleTree, prefix = "", into: FlatTexts = {}): FlatTexts {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

/** A key without its plural suffix ("files_one" → "files"). */
export const pluralBase = (key: string) => key.replace(PLURAL, "");

/** The interpolation variables of a text, sorted ("{{date}} … {{ place }}" → ["date", "place"]). */
export const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? "").sort();

/** Keys (by plural base) present in French but not in `other`, and the reverse, as "missing:"/"extra:". */
export function keyParity(fr: FlatTexts, other: FlatTexts): string[] {
  const frBases = new Set(Object.keys(fr).map(pluralBase));
  const otherBases = new Set(Object.keys(other).map(pluralBase));
  return [
    ...[...frBases].filter((key) => !otherBases.has(key)).map((key) => `missing: ${key}`),
    ...[...otherBases].filter((key) => !frBases.has(key)).map((key) => `extra: ${key}`),
  ];
}

/**
 * Plural keys missing one of the language's CLDR categories. A key counts as plural when French or the
 * language has it with a plural suffix; Arabic needs all six forms (zero, one, two, few, many, other).
 */
export function missingPluralForms(lang: string, fr: FlatTexts, other: FlatTexts): string[] {
  const plural = (texts: FlatTexts) => Object.keys(texts).filter((key) => PLURAL.test(key));
  const bases = new Set([...plural(fr), ...plural(other)].map(pluralBase));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return [...bases].flatMap((base) =>
    categories.filter((category) => !(`${base}_${category}` in other)).map((c) => `${base}_${c}`),
  );
}

/**
 * Texts that show `{{count}}` under a key with no plural forms: i18next would then pick a plural form
 * that does not exist (UX.md §3.5). A count shown as "Pages : {{count}}" after a colon is not a
 * sentence that agrees with the number, so it may stay singular.
 */
export function countWithoutPlural(texts: FlatTexts): string[] {
  return Object.entries(texts)
    .filter(([key, text]) => !PLURAL.test(key) && /\{\{\s*count\b/.test(text))
    .filter(([, text]) => !/:\s*\{\{\s*count\s*\}\}\s*$/.test(text))
    .map(([key]) => key);
}

/**
 * Keys whose `{{placeholders}}` differ from French. A plural form other than `_other` may leave out
 * `{{count}}` (Arabic writes "one"/"two" as words), never add or rename a variable.
 */
export function placeholderMismatches(fr: FlatTexts, other: FlatTexts): string[] {
  return Object.entries(other).flatMap(([key, text]) => {
    const source = fr[key] ?? fr[`${pluralBase(key)}_other`];
    if (source === undefined) return [];
    const expected = placeholdersOf(source);
    const found = placeholdersOf(text);
    const countOptional = PLURAL.test(key) && !key.endsWith("_other");
    const strip = (names: string[]) => (countOptional ? names.filter((name) => name !== "count") : names);
    return strip(found).join() === strip(expected).join() ? [] : [`${key}: ${found} ≠ ${expected}`];
  });
}

/** Keys whose text is empty or only spaces. */
export function emptyTexts(texts: FlatTexts): string[] {
  return Object.entries(texts)
    .filter(([, text]) => text.trim() === "")
    .map(([key]) => key);
}

/** What may stay identical to French, by exact value (any language) or by value for one language. */
export interface KeptInFrench {
  values: Record<string, string>;
  byLanguage: Record<string, Record<string, string>>;
}

/**
 * Keys of a non-French language whose text is exactly the French one, outside the allow-list. Texts with
 * no letters outside placeholders ("{{date}}", "1/3") are not words to translate.
 */
export function leftInFrench(lang: string, fr: FlatTexts, other: FlatTexts, kept: KeptInFrench): string[] {
  const allowed = (text: string) => text in kept.values || text in (kept.byLanguage[lang] ?? {});
  return Object.entries(other)
    .filter(([key, text]) => fr[key] === text && !allowed(text))
    .filter(([, text]) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, "")))
    .map(([key]) => key);
}

/** The sentences of a text: split after . ! ? … (followed by a space or the end) and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The words of a sentence: runs of non-space with a letter or digit; a `{{placeholder}}` is one word. */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]|\{\{/u.test(word));
}

/**
 * French sentences longer than `maxWords`, outside keys that start with an allowed prefix (texts that
 * are not easy-read prose by design), as "key (n words): sentence".
 */
export function longSentences(fr: FlatTexts, allowedPrefixes: string[], maxWords = 15): string[] {
  return Object.entries(fr)
    .filter(([key]) => !allowedPrefixes.some((prefix) => key.startsWith(prefix)))
    .flatMap(([key, text]) =>
      sentencesOf(text)
        .filter((sentence) => wordsOf(sentence).length > maxWords)
        .map((sentence) => `${key} (${wordsOf(sentence).length} words): ${sentence}`),
    );
}
