// Every shipped language is complete and consistent with the French source, and French is easy-read
// (UX.md §3.6, §7 items 9 and 11). The checks are in localeChecks.ts; localeChecks.test.ts shows each
// one catching a planted fault.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/i18n";
import {
  countWithoutPlural,
  emptyTexts,
  type FlatTexts,
  flatten,
  type KeptInFrench,
  keyParity,
  leftInFrench,
  longSentences,
  missingPluralForms,
  placeholderMismatches,
} from "./localeChecks";

const LOCALES = join(import.meta.dirname, "..", "locales");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(LOCALES, path), "utf8"));
const read = (lang: string, ns: string): FlatTexts => flatten(readJson(`${lang}/${ns}.json`) as never);
const namespaces = readdirSync(join(LOCALES, "fr"))
  .filter((f) => f.endsWith(".json") && f !== "_meta.json")
  .map((f) => f.replace(/\.json$/, ""));
const kept = readJson("kept-in-french.json") as KeptInFrench;
const easyReadExceptions = Object.keys(readJson("easy-read-exceptions.json") as object).filter(
  (key) => key !== "$comment",
);
/** The key prefixes of one namespace exempt from the 15-word rule. */
const exemptIn = (ns: string) =>
  easyReadExceptions.filter((entry) => entry.startsWith(`${ns}:`)).map((entry) => entry.slice(ns.length + 1));

describe("locales", () => {
  it("ships exactly the languages of the picker", () => {
    const folders = readdirSync(LOCALES).filter((name) => statSync(join(LOCALES, name)).isDirectory());
    expect(folders.sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
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

  it("keeps every allow-list entry justified", () => {
    const reasons = [
      ...Object.values(kept.values),
      ...Object.values(kept.byLanguage).flatMap((entries) => Object.values(entries)),
      ...Object.values(readJson("easy-read-exceptions.json") as Record<string, string>),
    ];
    for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(10);
    for (const entry of easyReadExceptions) expect(namespaces).toContain(entry.split(":")[0]);
  });

  it.each(namespaces)("French %s has sentences of at most 15 words", (ns) => {
    expect(longSentences(read("fr", ns), exemptIn(ns))).toEqual([]);
  });

  describe.each(LANGUAGES.map((l) => l.code))("%s", (lang) => {
    it("says who wrote it and whether it was reviewed", () => {
      const meta = readJson(`${lang}/_meta.json`) as { review: string };
      expect(["source", "needs native review", "reviewed"]).toContain(meta.review);
      if (lang !== "fr") expect(meta.review).not.toBe("source");
    });

    describe.each(namespaces)("%s", (ns) => {
      const fr = read("fr", ns);
      const present = existsSync(join(LOCALES, lang, `${ns}.json`));
      const other = present ? read(lang, ns) : {};

      it("exists, with every key of French and no other", () => {
        expect(present, `${lang}/${ns}.json missing`).toBe(true);
        expect(keyParity(fr, other)).toEqual([]);
      });
      it("has every plural form of the language where a count is used", () => {
        expect(missingPluralForms(lang, fr, other)).toEqual([]);
        expect(countWithoutPlural(other)).toEqual([]);
      });
      it("keeps the same {{placeholders}}", () => {
        expect(placeholderMismatches(fr, other)).toEqual([]);
      });
      it("has no empty text", () => {
        expect(emptyTexts(other)).toEqual([]);
      });
      it.skipIf(lang === "fr")("leaves nothing in French outside kept-in-french.json", () => {
        expect(leftInFrench(lang, fr, other, kept)).toEqual([]);
      });
    });
  });
});
