import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { fillAboutMe, gotoUnlocked, startAsNewPerson } from "./profiles";
import { answer, SPOUSE_RENEWAL } from "./questions";

const BLANK = "____________________";

const today = () => {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()}`;
};

/** Prints the current page to A4 PDF (kept in the temp folder to look at) and reads its text back. */
async function printedText(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const file = join(tmpdir(), `papiers-letter-${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

// Whole flows on a shared 2-core machine: over a minute each.
describe("letters for the préfecture", { timeout: 240_000 }, () => {
  it("print in French with the person's identifiers and their legal references", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await fillAboutMe(page, "du Rhône");

      await gotoUnlocked(page, `${baseURL}/letters`);
      await page.getByRole("link", { name: "Demander un rendez-vous pour déposer sur papier" }).click();
      await page.getByRole("button", { name: "Imprimer la lettre" }).waitFor();
      const reception = await printedText(page, "reception");
      for (const expected of [
        "DIALLO Aminata",
        "Numéro étranger : 7512345678",
        "Madame, Monsieur le Préfet du Rhône",
        "article R.431-2 du CESEDA",
        "arrêté du 1er août 2023",
        "3 juin 2022, n° 452798",
      ]) {
        expect(reception).toContain(expected);
      }
      expect(reception).not.toContain("Imprimer la lettre");
      expect(reception).toContain("Pièces jointes");

      await gotoUnlocked(page, `${baseURL}/letters/prolongationAttestation`);
      await page.getByRole("button", { name: "Imprimer la lettre" }).waitFor();
      const attestation = await printedText(page, "attestation");
      expect(attestation).toContain("R.431-15-1");
      expect(attestation).toContain("DIALLO Aminata");
      expect(attestation).toContain("Numéro étranger : 7512345678");
      expect(attestation).toContain("Pièces jointes");
    } finally {
      await browser.close();
    }
  });

  it("explain the letter in Arabic before the French one that is signed", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL, "العربية");
      await gotoUnlocked(page, `${baseURL}/letters/inPersonReception`);
      await page.getByText("ماذا تقول الرسالة").waitFor();
      expect(await page.locator('article[lang="ar"]').textContent()).toContain("R.431-2");
      expect(await page.locator('article[lang="fr"]').textContent()).toContain("Madame, Monsieur le Préfet");
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    } finally {
      await browser.close();
    }
  });

  it("print the cover letter of a paper filing with the numbered bordereau of the ready documents", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await fillAboutMe(page);

      await gotoUnlocked(page, `${baseURL}/questions/1`);
      await answer(page, SPOUSE_RENEWAL);
      await page.getByRole("link", { name: "Voir mes papiers" }).click();
      for (const group of [/^Passeport — Où en êtes-vous/, /^Attestation d'hébergement — Où en êtes-vous/]) {
        await page.getByRole("group", { name: group }).getByRole("button", { name: "Je l'ai" }).click();
      }
      await page.getByRole("progressbar", { name: /^2 prêts sur \d+$/ }).waitFor();

      await gotoUnlocked(page, `${baseURL}/letters`);
      await page.getByRole("link", { name: "Lettre pour envoyer mon dossier sur papier" }).click();
      await page.getByRole("button", { name: "Imprimer la lettre" }).waitFor();
      // Lines wrap where the page ends: compare with each run of spaces and line ends made one space.
      const cover = (await printedText(page, "cover")).replace(/\s+/g, " ");
      for (const expected of [
        "DIALLO Aminata",
        "Numéro étranger : 7512345678",
        "Objet : dépôt de ma demande de titre de séjour, avec le bordereau des pièces jointes",
        "Renouvellement du titre « vie privée et familiale » — conjoint",
        "Je vous demande d'enregistrer ma demande et de me remettre un récépissé.",
        "article R.431-11 du CESEDA",
        "Bordereau des pièces jointes",
        "Pièce n° 1 : Passeport",
        "Pièce n° 2 : Attestation d'hébergement",
        `Fait à ${BLANK}, le ${today()}`,
        "Signature de DIALLO Aminata :",
      ]) {
        expect(cover, expected).toContain(expected);
      }
      expect(cover).not.toContain("Pièce n° 3");
      expect(cover).not.toContain("Envoyez-la en recommandé");
    } finally {
      await browser.close();
    }
  });
});
