import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { gotoUnlocked, startAsNewPerson } from "./profiles";

/** Prints the current page to A4 PDF and reads its text back. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const file = join(tmpdir(), `papiers-letter-${Date.now()}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("letters for the préfecture", () => {
  it("print in French with the person's identifiers and their legal references", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await page.getByRole("link", { name: "Mes informations" }).click();
      await page.getByLabel("Nom", { exact: true }).fill("Diallo");
      await page.getByLabel("Prénoms").fill("Aminata");
      await page.getByLabel(/^Numéro étranger/).fill("7512345678");
      await page.getByLabel(/^Préfecture/).fill("du Rhône");
      await page.getByLabel("Téléphone").click();
      await page.getByRole("status").filter({ hasText: "Enregistré." }).waitFor();

      await gotoUnlocked(page, `${baseURL}/letters`);
      await page.getByRole("link", { name: "Demander un rendez-vous pour déposer sur papier" }).click();
      await page.getByRole("button", { name: "Imprimer la lettre" }).waitFor();
      const reception = await printedText(page);
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

      await gotoUnlocked(page, `${baseURL}/letters/prolongationAttestation`);
      await page.getByRole("button", { name: "Imprimer la lettre" }).waitFor();
      const attestation = await printedText(page);
      expect(attestation).toContain("R.431-15-1");
      expect(attestation).toContain("DIALLO Aminata");
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
});
