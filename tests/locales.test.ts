// Every shipped language is complete and consistent with the French source (UX.md §3.6).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/i18n";

const LOCALES = join(import.meta.dirname, "..", "locales");
type Tree = { [key: string]: string | Tree };

/** Flattens nested JSON into dotted keys. */
function flatten(tree: Tree, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

const read = (lang: string, ns: string): Record<string, string> =>
  flatten(JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), "utf8")) as Tree);
const namespaces = readdirSync(join(LOCALES, "fr"))
  .filter((f) => f.endsWith(".json") && f !== "_meta.json")
  .map((f) => f.replace(/\.json$/, ""));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys whose plural forms a language must all have, given its CLDR categories. */
function missingPlurals(lang: string, keys: string[]): string[] {
  const bases = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return [...bases].flatMap((base) =>
    categories.filter((c) => !keys.includes(`${base}_${c}`)).map((c) => `${base}_${c}`),
  );
}

describe("locales", () => {
  it("ships exactly the languages of the picker", () => {
    const folders = readdirSync(LOCALES).sort();
    expect(folders).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(LANGUAGES.map((l) => l.code))("%s has its list of lazy text chunks (src/i18n/bundles)", (code) => {
    expect(existsSync(join(import.meta.dirname, "..", "src", "i18n", "bundles", `${code}.ts`))).toBe(true);
  });

  it.each(LANGUAGES.map((l) => [l.code, l.dir]))(
    "%s writes in the direction i18next knows (%s)",
    (code, dir) => {
      expect(i18next.dir(code)).toBe(dir);
    },
  );

  describe.each(LANGUAGES.map((l) => l.code))("%s", (lang) => {
    it("says who wrote it and whether it was reviewed", () => {
      const meta = JSON.parse(readFileSync(join(LOCALES, lang, "_meta.json"), "utf8"));
      expect(["source", "needs native review", "reviewed"]).toContain(meta.review);
      if (lang !== "fr") expect(meta.review).not.toBe("source");
    });

    it.each(namespaces)(
      "has every key of the French %s, with the same placeholders and no empty text",
      (ns) => {
        const fr = read("fr", ns);
        if (lang !== "fr" && !existsSync(join(LOCALES, lang, `${ns}.json`)))
          throw new Error(`${lang}/${ns}.json missing`);
        const other = read(lang, ns);
        const frBases = Object.keys(fr).map((k) => k.replace(PLURAL, ""));
        const otherBases = Object.keys(other).map((k) => k.replace(PLURAL, ""));
        expect([...new Set(otherBases)].sort()).toEqual([...new Set(frBases)].sort());
        for (const [key, value] of Object.entries(other)) {
          expect(value.trim(), `${lang}/${ns}:${key} is empty`).not.toBe("");
          const frValue = fr[key] ?? fr[`${key.replace(PLURAL, "")}_other`] ?? "";
          expect(placeholders(value), `${lang}/${ns}:${key}`).toEqual(placeholders(frValue));
        }
        expect(missingPlurals(lang, Object.keys(other))).toEqual([]);
      },
    );
  });
});
