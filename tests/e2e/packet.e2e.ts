import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { documentById } from "@/catalogue";
import { pieceLabel } from "@/print";
import { axeViolations, chooseLanguage, openBrowser, waitForServiceWorker } from "./browser";
import { chooseFile, EXIF_DIR, waitForSaved } from "./capturePages";
import { DOSSIER, packetDossierFile } from "./packetFixture";
import { gotoUnlocked, startAsNewPerson, typePin } from "./profiles";
import { answer, SPOUSE_RENEWAL } from "./questions";

const WORDS = "ane ecole lapin tasse velo zebre";
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "papiers-packet-"));

/** Saves a download to the test folder and returns its path. */
async function saved(download: Promise<Download>, name: string): Promise<string> {
  const path = join(dir, name);
  await (await download).saveAs(path);
  return path;
}

/** Imports the 12-document dossier through the import screen and opens the packet screen. */
async function openDossier(page: Page, baseURL: string) {
  const { file } = await packetDossierFile(WORDS);
  await page.goto(`${baseURL}/language`);
  await chooseLanguage(page, "Français");
  await page.getByRole("link", { name: "Recevoir un dossier" }).click();
  // A file on disk, not a buffer: 9 MB pass to Chromium by path rather than through the protocol.
  const path = join(dir, "copie.papiers");
  writeFileSync(path, file);
  await page.setInputFiles("#import-file", path);
  await page.getByLabel("Les 6 mots").fill(WORDS);
  await page.getByRole("button", { name: "Ouvrir la copie" }).click();
  await page.getByRole("button", { name: "Garder sur cet appareil, avec un code" }).click();
  await typePin(page, "111111");
  await typePin(page, "111111");
  await page.getByRole("link", { name: "Mon code et ma copie" }).waitFor();
  // Links, not page loads: a reload locks.
  await page.getByRole("link", { name: "Mon dossier", exact: true }).click();
  await page.getByRole("link", { name: "Mon dossier en PDF" }).click();
  await page.getByText("Pièce n° 12", { exact: true }).waitFor();
}

const pdf = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

describe("the paper packet", () => {
  it("builds one PDF of 12 documents and 30 pages, every page labelled, and upload files under 1 MB", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await openDossier(page, baseURL);
      expect(await page.getByText(/^Pièce n° \d+$/).count()).toBe(12);
      expect(await axeViolations(page), "packet screen").toEqual([]);

      await page.screenshot({ path: join(dir, "screen.png"), fullPage: true });
      // Stopped in the middle: nothing is made, and the person can start again.
      await page.getByRole("button", { name: "Faire le PDF" }).click();
      await page.getByRole("button", { name: "Arrêter" }).first().click();
      await page.getByText("C'est arrêté. Rien n'a changé dans votre dossier.").waitFor();
      expect(await page.getByRole("link", { name: "Enregistrer le PDF" }).count()).toBe(0);

      await page.getByRole("button", { name: "Faire le PDF" }).click();
      const link = page.getByRole("link", { name: "Enregistrer le PDF" }).first();
      await link.waitFor({ timeout: 120_000 });
      const file = await saved(
        Promise.all([page.waitForEvent("download"), link.click()]).then(([d]) => d),
        "packet.pdf",
      );
      expect(pdf("qpdf", "--check", file)).toContain("No syntax or stream encoding errors");
      const info = pdf("pdfinfo", file);
      // Cover page + bordereau + 30 pages of documents.
      expect(info).toMatch(/Pages:\s+32\b/);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      const text = pdf("pdftotext", file, "-").replace(/\s+/g, " ");
      expect(text).toContain("Bordereau des pièces jointes");
      expect(text).toContain("DIALLO Aminata");
      DOSSIER.forEach(([documentId, pages], index) => {
        const name = documentById(documentId)?.frenchName ?? documentId;
        const count = pages === "pdf" ? 2 : pages;
        for (let p = 1; p <= count; p += 1) expect(text).toContain(pieceLabel(index + 1, name, p, count));
      });

      await page.getByRole("radio", { name: "1 Mo" }).check();
      await page.getByRole("button", { name: "Faire les fichiers" }).click();
      const zipLink = page.getByRole("link", { name: "Enregistrer tous les fichiers (zip)" });
      await zipLink.waitFor({ timeout: 180_000 });
      const zipPath = await saved(
        Promise.all([page.waitForEvent("download"), zipLink.click()]).then(([d]) => d),
        "files.zip",
      );
      const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
      const names = Object.keys(files).sort();
      expect(names).toHaveLength(12);
      expect(names[0]).toBe("01-passeport-pages-d-etat-civil-de-validite-des-visas-et-des.pdf");
      for (const [name, bytes] of Object.entries(files)) {
        expect(bytes.byteLength, name).toBeLessThanOrEqual(1 * MB);
        const path = join(dir, name);
        writeFileSync(path, bytes);
        expect(pdf("qpdf", "--check", path)).toContain("No syntax or stream encoding errors");
        expect(pdf("qpdf", "--show-encryption", path)).toContain("File is not encrypted");
      }
      expect(await page.getByText("Rendu plus léger").count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(dir, "files.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 480_000);

  it("builds the packet and the upload files with the network off: the PDF code is in the offline cache", async () => {
    const browser = await openBrowser();
    const { page, context, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await gotoUnlocked(page, `${baseURL}/questions/1`);
      await answer(page, SPOUSE_RENEWAL);
      await page.getByRole("link", { name: "Voir mes papiers" }).click();
      const passport = page.getByRole("group", { name: "Passeport — Où en êtes-vous ?" });
      await passport.getByRole("button", { name: "Je l'ai" }).click();
      await page.getByRole("progressbar", { name: /^1 prêts sur \d+$/ }).waitFor();
      await gotoUnlocked(page, `${baseURL}/pages/passport`);
      for (const photo of ["Portrait_1.jpg", "Landscape_1.jpg"]) {
        await chooseFile(page, join(EXIF_DIR, photo));
        await page.getByRole("button", { name: "Garder toute la photo" }).click();
        await waitForSaved(page);
      }

      // Nothing of the PDF code has loaded yet: it can only come from the service worker's cache.
      await waitForServiceWorker(page);
      await context.setOffline(true);
      const code: Array<{ url: string; cached: boolean }> = [];
      context.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith("/assets/"))
          code.push({ url: response.url(), cached: response.fromServiceWorker() });
      });
      await gotoUnlocked(page, `${baseURL}/packet`);
      await page.getByText("Pièce n° 1", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Faire le PDF" }).click();
      const link = page.getByRole("link", { name: "Enregistrer le PDF" }).first();
      await link.waitFor({ timeout: 60_000 });
      const file = await saved(
        Promise.all([page.waitForEvent("download"), link.click()]).then(([d]) => d),
        "offline.pdf",
      );
      expect(pdf("qpdf", "--check", file)).toContain("No syntax or stream encoding errors");
      // Cover page + bordereau + the two photos.
      expect(pdf("pdfinfo", file)).toMatch(/Pages:\s+4\b/);
      const text = pdf("pdftotext", file, "-").replace(/\s+/g, " ");
      const name = documentById("passport")?.frenchName ?? "passport";
      expect(text).toContain("Bordereau des pièces jointes");
      for (const p of [1, 2]) expect(text).toContain(pieceLabel(1, name, p, 2));

      await page.getByRole("button", { name: "Faire les fichiers" }).click();
      const zipLink = page.getByRole("link", { name: "Enregistrer tous les fichiers (zip)" });
      await zipLink.waitFor({ timeout: 60_000 });
      const zipPath = await saved(
        Promise.all([page.waitForEvent("download"), zipLink.click()]).then(([d]) => d),
        "offline.zip",
      );
      expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath))))).toHaveLength(1);
      expect(await page.getByText("Le fichier n'a pas pu être fait.").count()).toBe(0);
      expect(code.some(({ url }) => url.includes("/assets/packet.worker-"))).toBe(true);
      expect(code.filter(({ cached }) => !cached)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
