import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseLanguage, openBrowser } from "./browser";
import { adminDate, fromToday } from "./keyboard";
import { fillAboutMe, gotoUnlocked, startAsNewPerson } from "./profiles";
import { answer, SPOUSE_RENEWAL } from "./questions";
import { tapDate } from "./tapDate";

/** Prints the current page to A4 PDF (kept in the temp folder to look at) and reads its text back. */
async function printedText(page: Page, name: string): Promise<{ text: string; flow: string; pages: number }> {
  await page.emulateMedia({ media: "print" });
  const file = join(tmpdir(), `papiers-${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  // Without -layout, each table cell's text comes whole, before the next cell's: a label, then its date.
  const flow = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  // Long names wrap inside their column: compare with the spaces and line ends of a cell made one.
  return { text: text.replace(/\s+/g, " "), flow, pages: Number(info.match(/^Pages:\s+(\d+)/m)?.[1]) };
}

const today = () => {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()}`;
};

// Whole flows on a shared 2-core machine: over a minute each.
describe("paper for the préfecture and the desk", { timeout: 240_000 }, () => {
  it("prints the person's summary in French, then French beside Arabic", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await fillAboutMe(page);

      // A titre on ANEF that ends in 100 days: filing opens on the 120th day before expiry (20 days ago) and
      // closes on the 60th (in 40 days), R.431-5 1° (DOMAIN.md §5.2,
      // https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776).
      await gotoUnlocked(page, baseURL);
      await page.getByRole("link", { name: "Mes dates" }).click();
      await page.getByRole("link", { name: "Ajouter mon titre" }).click();
      await page.getByRole("button", { name: /^Titre de séjour/ }).click();
      const expiry = fromToday(100);
      await tapDate(page, expiry);
      await page.getByText(adminDate(expiry)).first().waitFor();
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByRole("button", { name: "Sur internet (ANEF)" }).click();
      await page.waitForURL(`${baseURL}/followup`);
      // Each label, then its date. In French beside Arabic, the French labels come as one column, and each
      // Arabic label just before its date.
      const renewal = [
        ["Début de la période pour renouveler", "بداية فترة التجديد", adminDate(fromToday(-20))],
        ["Dernier jour pour demander le renouvellement", "آخر يوم لطلب التجديد", adminDate(fromToday(40))],
        ["Fin du titre de séjour", "نهاية بطاقة الإقامة", adminDate(expiry)],
      ] as const;

      await gotoUnlocked(page, `${baseURL}/questions/1`);
      await answer(page, SPOUSE_RENEWAL);
      await page.getByRole("link", { name: "Voir mes papiers" }).click();
      const passport = page.getByRole("group", { name: "Passeport — Où en êtes-vous ?" });
      await passport.getByRole("button", { name: "Je l'ai" }).click();
      const hostProof = page.getByRole("group", { name: /^Justificatif de domicile de l'hébergeant/ });
      await hostProof.getByRole("button", { name: "Pas concerné" }).click();
      await page.getByRole("progressbar", { name: /^1 prêts sur \d+$/ }).waitFor();

      await page.getByRole("link", { name: "Imprimer le résumé" }).click();
      await page.getByRole("button", { name: "Imprimer le résumé" }).waitFor();
      const french = await printedText(page, "summary-fr");
      for (const expected of [
        "Résumé du dossier de titre de séjour",
        `Imprimé le ${today()}`,
        "DIALLO Aminata",
        "7512345678",
        "Renouvellement du titre « vie privée et familiale » — conjoint",
        "En ligne sur le site ANEF",
        "Passeport (pages",
        "Attestation d'hébergement datée",
        "Prêt",
        "Manque",
        "Pas concerné",
        "Ce qui manque",
        "Notes du travailleur social",
      ]) {
        expect(french.text, expected).toContain(expected);
      }
      for (const [label, , date] of renewal) expect(french.flow).toContain(`${label} ${date}`);
      expect(french.text).toContain(`Demandez le renouvellement avant le ${adminDate(fromToday(40))}`);
      expect(french.text).toMatch(/Liste vérifiée le \d{2}\/\d{2}\/\d{4}/);
      expect(french.text).toMatch(/✔\s+Prêt/);
      expect(french.text).not.toContain("Imprimer le résumé");
      expect(french.text).toMatch(new RegExp(`1 ?/ ?${french.pages}`));

      await page.getByRole("link", { name: "Langue", exact: true }).click();
      await page.getByRole("button", { name: /^العربية/ }).click();
      await page.waitForURL((url) => url.pathname === "/summary");
      await page.getByRole("button", { name: "طباعة الملخص" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      const both = await printedText(page, "summary-ar");
      for (const expected of [
        "Passeport (pages",
        "Attestation d'hébergement datée",
        "Prêt",
        "Manque",
        "DIALLO Aminata",
        "جواز السفر",
        "جاهزة",
        "ناقصة",
      ]) {
        expect(both.text, expected).toContain(expected);
      }
      for (const [label, arabic, date] of renewal) {
        expect(both.flow).toContain(label);
        expect(both.flow).toMatch(new RegExp(`${arabic}\\P{Nd}{0,3}${date}`, "u"));
      }
      expect(both.pages).toBeGreaterThanOrEqual(french.pages);
    } finally {
      await browser.close();
    }
  });

  it("prints a procedure's blank list, French beside Arabic, with no one on the phone", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await page.goto(`${baseURL}/help`);
      await page.getByRole("link", { name: "Listes vides à imprimer" }).click();
      await page.getByRole("link", { name: /^Renouveler : marié avec une personne française/ }).click();
      await page.getByRole("button", { name: "Imprimer la liste" }).waitFor();
      await page
        .getByRole("group", { name: "Langue à côté du français" })
        .getByRole("button", { name: "العربية" })
        .click();
      await page.locator('article [lang="ar"]').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
      const sheet = await printedText(page, "desk-ar");
      for (const expected of [
        "Liste des papiers à préparer",
        "Renouvellement du titre",
        "Passeport (pages",
        "Attestation d'hébergement datée",
        "جواز السفر",
      ]) {
        expect(sheet.text, expected).toContain(expected);
      }
      expect(await page.getByRole("list", { name: "Les personnes sur ce téléphone" }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
