import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { changeLanguage, initI18n } from "./i18n";
import { LANGUAGES, preferredLanguage } from "./languages";

describe("i18n", () => {
  it("throws on a missing key in tests, so no untranslated text ships", async () => {
    await initI18n("fr");
    expect(() => i18next.t("no.such.key" as never)).toThrow(/Missing translation key/);
  });

  it("loads a language lazily and switches to it", async () => {
    await initI18n("fr");
    await changeLanguage("ar");
    expect(i18next.t("nav.back")).toBe("رجوع");
    await changeLanguage("fr");
    expect(i18next.t("nav.back")).toBe("Retour");
  });

  it("picks the person's browser language when Papiers has it, else French", () => {
    expect(preferredLanguage(["ar-MA", "fr-FR"])).toBe("ar");
    expect(preferredLanguage(["en-GB"])).toBe("en");
    expect(preferredLanguage(["de-DE"])).toBe("fr");
  });

  it.each(LANGUAGES.map((l) => l.code))("writes 14 March 2025 as 14/03/2025 in %s", async (code) => {
    await initI18n(code);
    expect(formatAdminDate("2025-03-14")).toBe("14/03/2025");
  });
});
