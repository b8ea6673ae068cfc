// The pseudo-locales change every word, keep placeholders, and lengthen texts as real translations do.
import { describe, expect, it } from "vitest";
import { accented, bidi, pseudoTree } from "./pseudoLocale";

describe("pseudo-locales", () => {
  it("accent and lengthen a text by about a third, keeping {{placeholders}} and $t()", () => {
    const text = "Votre titre finit le {{date}}. Voir $t(common:app.name).";
    const pseudo = accented(text);
    expect(pseudo).toMatch(/^\[Ṽöŧŕé ŧîŧŕé ƒîñîŧ ļé \{\{date\}\}\. Ṽöîŕ \$t\(common:app\.name\)\. ·+/);
    expect(pseudo.endsWith("]")).toBe(true);
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.35);
  });

  it("turn Latin letters over inside a right-to-left override, keeping placeholders", () => {
    expect(bidi("Page {{number}}")).toBe("\u202ePɐƃǝ {{number}}\u202c");
  });

  it("change every text of a namespace, nested ones too", () => {
    expect(pseudoTree({ a: "Oui", b: { c: "Non" } }, bidi)).toEqual({
      a: "\u202eOnı\u202c",
      b: { c: "\u202eNou\u202c" },
    });
  });
});
