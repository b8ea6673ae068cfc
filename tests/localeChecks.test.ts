// Each locale check catches the fault it exists for, planted in a small fixture; and passes a sound one.
import { describe, expect, it } from "vitest";
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
  sentencesOf,
  wordsOf,
} from "./localeChecks";

const fr: FlatTexts = flatten({
  title: "Mes papiers",
  expires: "Votre titre finit le {{date}}.",
  files_one: "{{count}} fichier",
  files_many: "{{count}} de fichiers",
  files_other: "{{count}} fichiers",
  help: { name: "La Cimade", lawyer: "Un avocat peut vous aider." },
});
const ar: FlatTexts = {
  title: "أوراقي",
  expires: "تنتهي بطاقتك في {{date}}.",
  files_zero: "لا ملفات",
  files_one: "ملف واحد",
  files_two: "ملفان",
  files_few: "{{count}} ملفات",
  files_many: "{{count}} ملفًا",
  files_other: "{{count}} ملف",
  "help.name": "La Cimade",
  "help.lawyer": "يمكن لمحامٍ أن يساعدك.",
};
const kept: KeptInFrench = { values: { "La Cimade": "Name of an association." }, byLanguage: {} };
const without = (texts: FlatTexts, key: string) =>
  Object.fromEntries(Object.entries(texts).filter(([k]) => k !== key));

describe("the locale checks", () => {
  it("pass a complete Arabic translation", () => {
    expect(keyParity(fr, ar)).toEqual([]);
    expect(missingPluralForms("ar", fr, ar)).toEqual([]);
    expect(missingPluralForms("fr", fr, fr)).toEqual([]);
    expect(placeholderMismatches(fr, ar)).toEqual([]);
    expect(emptyTexts(ar)).toEqual([]);
    expect(leftInFrench("ar", fr, ar, kept)).toEqual([]);
    expect(longSentences(fr, [])).toEqual([]);
  });

  it("report a missing key, and a key French does not have", () => {
    expect(keyParity(fr, without(ar, "help.lawyer"))).toEqual(["missing: help.lawyer"]);
    expect(keyParity(fr, { ...ar, "help.extra": "x" })).toEqual(["extra: help.extra"]);
  });

  it("report a missing Arabic plural form, and a missing French one (1 000 000 is 'many')", () => {
    expect(missingPluralForms("ar", fr, without(ar, "files_two"))).toEqual(["files_two"]);
    expect(missingPluralForms("fr", fr, without(fr, "files_many"))).toEqual(["files_many"]);
  });

  it("report {{count}} in a sentence with no plural forms, not in a 'Pages : {{count}}' label", () => {
    expect(countWithoutPlural({ a: "Vous avez {{count}} fichiers.", b: "Pages : {{count}}" })).toEqual(["a"]);
  });

  it("report a renamed or dropped placeholder, but let Arabic write 'one' as a word", () => {
    expect(placeholderMismatches(fr, { ...ar, expires: "تنتهي بطاقتك في {{datum}}." })).toEqual([
      "expires: datum ≠ date",
    ]);
    expect(placeholderMismatches(fr, { ...ar, files_other: "ملف" })).toEqual(["files_other:  ≠ count"]);
  });

  it("report an empty text", () => {
    expect(emptyTexts({ ...ar, title: "  " })).toEqual(["title"]);
  });

  it("report a text left in French, outside the allow-list and texts with no words", () => {
    const untranslated = { ...ar, "help.lawyer": fr["help.lawyer"] ?? "" };
    expect(leftInFrench("ar", fr, untranslated, kept)).toEqual(["help.lawyer"]);
    expect(leftInFrench("ar", { d: "{{date}}" }, { d: "{{date}}" }, kept)).toEqual([]);
    const english: KeptInFrench = {
      values: kept.values,
      byLanguage: { en: { "Un avocat peut vous aider.": "test" } },
    };
    expect(leftInFrench("en", fr, untranslated, english)).toEqual([]);
    expect(leftInFrench("ar", fr, untranslated, english)).toEqual(["help.lawyer"]);
  });

  it("report a 16-word French sentence, unless its key is exempt", () => {
    const sixteen =
      "Vous allez à la préfecture avec votre passeport, une photo et le papier de votre adresse.";
    expect(wordsOf(sixteen)).toHaveLength(16);
    expect(longSentences({ ...fr, long: sixteen }, [])).toEqual([`long (16 words): ${sixteen}`]);
    expect(longSentences({ ...fr, "letter.body": sixteen }, ["letter."])).toEqual([]);
    const fifteen = sixteen
      .replace("votre passeport", "le passeport")
      .replace(" une photo et", " une photo,");
    expect(longSentences({ long: `${fifteen} ${fifteen}` }, [])).toEqual([]);
  });

  it("split sentences at . ! ? … and line breaks, not inside 'R.431-2'", () => {
    expect(sentencesOf("Article R.431-2. Venez ! Pourquoi ? Attendez…\nMerci")).toEqual([
      "Article R.431-2.",
      "Venez !",
      "Pourquoi ?",
      "Attendez…",
      "Merci",
    ]);
  });
});
