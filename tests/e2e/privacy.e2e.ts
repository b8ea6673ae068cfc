import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chooseLanguage, openBrowser } from "./browser";
import { chooseFile, EXIF_DIR, waitForSaved } from "./capturePages";
import { KNOWN_NAME, personFile, readPersonFile } from "./fixtures";
import {
  byteArraysOf,
  containsBytes,
  createPerson,
  dumpDatabase,
  gotoUnlocked,
  startAsNewPerson,
  typePin,
  unlockPerson,
} from "./profiles";

const WORDS = "ane ecole lapin tasse velo zebre";
const HOME_TILE = "Mon code et ma copie";

/** Opens a `.papiers` file on the import screen, up to the choice of where to keep it. */
async function openFile(page: Page, file: Uint8Array, words: string) {
  await page.getByRole("link", { name: "Recevoir un dossier" }).click();
  await page.setInputFiles("#import-file", {
    name: "copie.papiers",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(file),
  });
  await page.getByLabel("Les 6 mots").fill(words);
  await page.getByRole("button", { name: "Ouvrir la copie" }).click();
  await page.getByText("Où ouvrir ce dossier ?").waitFor();
}

/** Imports a `.papiers` file through the screens, protecting it with `pin`. */
async function importFile(page: Page, file: Uint8Array, words: string, pin: string) {
  await openFile(page, file, words);
  await page.getByRole("button", { name: "Garder sur cet appareil, avec un code" }).click();
  await page.getByText("Choisissez un code secret de 6 chiffres pour ce téléphone.").waitFor();
  await typePin(page, pin);
  await typePin(page, pin);
  await page.getByRole("link", { name: HOME_TILE }).waitFor();
}

/** Exports the unlocked person (from the home screen) and returns the downloaded file and its words. */
async function exportFile(page: Page) {
  // Links, not page loads: a reload locks, since the key lives only in this page's memory.
  await page.getByRole("link", { name: HOME_TILE }).click();
  await page.getByRole("link", { name: "Faire une copie de mon dossier" }).click();
  const list = page.getByRole("list", { name: "Les 6 mots de la copie" });
  await list.getByRole("listitem").nth(5).waitFor();
  const words = (await list.getByRole("listitem").allInnerTexts()).join(" ");
  expect(await axeViolations(page), "export screen").toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Enregistrer ou envoyer la copie" }).click();
  const file = new Uint8Array(await readFile((await (await download).path()) ?? ""));
  return { file, words };
}

const utf16 = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf8 = (text: string) => new TextEncoder().encode(text);
const locked = (page: Page) => page.getByRole("heading", { name: "Bonjour" }).waitFor();

describe("shared phones", () => {
  it("keeps two people apart and stores nothing in clear; exported, the file opens on another browser", async () => {
    const fixture = await personFile(WORDS);
    const browser = await openBrowser();
    const second = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await locked(page);
      expect(await axeViolations(page), "start screen").toEqual([]);
      await importFile(page, fixture.file, WORDS, "111111");

      const dump = await dumpDatabase(page);
      const text = JSON.stringify(dump);
      const bytes = byteArraysOf(dump);
      expect(text).not.toContain(KNOWN_NAME);
      for (const needle of [utf8(KNOWN_NAME), utf16(KNOWN_NAME), fixture.page.subarray(1000, 1032)]) {
        expect(bytes.some((b) => containsBytes(b, needle))).toBe(false);
      }
      const rows = [...(dump.records ?? []), ...(dump.files ?? [])];
      const ivs = rows.map((row) => {
        const iv = byteArraysOf(
          row.payload && typeof row.payload === "object" && "iv" in row.payload ? row.payload.iv : undefined,
        );
        expect(iv[0]?.length).toBe(12);
        return Buffer.from(iv[0] ?? []).toString("hex");
      });
      expect(rows.length).toBeGreaterThanOrEqual(3); // name, language, page
      expect(new Set(ivs).size).toBe(rows.length);

      // A second person on the same phone cannot reach the first one's data.
      await page.getByRole("link", { name: HOME_TILE }).click();
      await page.getByRole("button", { name: "Fermer mon dossier" }).click();
      await locked(page);
      expect(await page.locator("main").innerText()).not.toContain(KNOWN_NAME);
      await createPerson(page, "Poisson", "222222");
      const ofB = await exportFile(page);
      const seenByB = await readPersonFile(ofB.file, ofB.words);
      expect(JSON.stringify(seenByB.records)).not.toContain(KNOWN_NAME);
      expect(seenByB.files).toEqual([]);

      // The first person's copy, imported on a fresh browser, holds the same record and page.
      await page.goto(baseURL);
      await locked(page);
      await unlockPerson(page, "Bateau", "111111");
      await page.getByRole("link", { name: HOME_TILE }).waitFor();
      const ofA = await exportFile(page);
      await second.page.goto(`${second.baseURL}/language`);
      await chooseLanguage(second.page, "Français");
      await importFile(second.page, ofA.file, ofA.words, "333333");
      const again = await exportFile(second.page);
      const received = await readPersonFile(again.file, again.words);
      expect(received.id).toBe(fixture.id);
      expect(JSON.stringify(received.records)).toContain(KNOWN_NAME);
      expect(received.files).toHaveLength(1);
      expect(Buffer.from(received.files[0]?.bytes ?? []).equals(Buffer.from(fixture.page))).toBe(true);
    } finally {
      await browser.close();
      await second.close();
    }
  });

  it("stores a name typed on About me and a photographed page only encrypted, each row with its own IV", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    const surname = "Abderrahmane-Okonkwo";
    try {
      await startAsNewPerson(page, baseURL);
      await gotoUnlocked(page, `${baseURL}/about-me`);
      await page.getByLabel("Nom", { exact: true }).fill(surname);
      await page.getByLabel("Nom", { exact: true }).press("Tab");
      await page.getByText("Enregistré.").waitFor();
      await gotoUnlocked(page, `${baseURL}/pages/passport`);
      await chooseFile(page, join(EXIF_DIR, "Portrait_1.jpg"));
      await page.getByRole("button", { name: "Garder toute la photo" }).click();
      await waitForSaved(page);

      // What the app stored, read back through its own copy: the page's bytes and the name, in clear here.
      await gotoUnlocked(page, `${baseURL}/`);
      const copy = await exportFile(page);
      const stored = await readPersonFile(copy.file, copy.words);
      expect(JSON.stringify(stored.records)).toContain(surname);
      expect(stored.files.length).toBeGreaterThanOrEqual(1);

      const dump = await dumpDatabase(page);
      const bytes = byteArraysOf(dump);
      expect(JSON.stringify(dump)).not.toContain(surname);
      const needles: Uint8Array[] = [utf8(surname), utf16(surname)];
      for (const file of stored.files) {
        const middle = Math.floor(file.bytes.length / 2);
        needles.push(file.bytes.subarray(middle, middle + 32));
      }
      for (const needle of needles) expect(bytes.some((b) => containsBytes(b, needle))).toBe(false);
      const rows = [...(dump.records ?? []), ...(dump.files ?? [])];
      const ivs = rows.map((row) => {
        const iv = byteArraysOf(
          row.payload && typeof row.payload === "object" && "iv" in row.payload ? row.payload.iv : undefined,
        );
        expect(iv[0]?.length).toBe(12);
        return Buffer.from(iv[0] ?? []).toString("hex");
      });
      expect(new Set(ivs).size).toBe(rows.length);
    } finally {
      await browser.close();
    }
  });

  it("locks by itself, hides everything, and unlocking returns to the same screen", async () => {
    const browser = await openBrowser();
    const { page, baseURL, context } = browser;
    try {
      await context.addInitScript(() =>
        Object.assign(window, { __papiersAutoLock: { idleMs: 2_000, hiddenMs: 1_000 } }),
      );
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await createPerson(page, "Arbre", "123456");
      await page.getByRole("link", { name: HOME_TILE }).click();
      await page.getByRole("heading", { name: HOME_TILE }).waitFor();
      await locked(page);
      expect(page.url()).toBe(`${baseURL}/person`);
      expect(await page.getByRole("button", { name: "Supprimer cette personne" }).count()).toBe(0);
      await page.getByRole("button", { name: "Arbre" }).click();
      await page.getByRole("group", { name: "Tapez votre code secret" }).waitFor();
      expect(await axeViolations(page), "keypad").toEqual([]);
      await page.getByRole("button", { name: "Ce n'est pas moi" }).click();
      await unlockPerson(page, "Arbre", "123456");
      await page.getByRole("heading", { name: HOME_TILE }).waitFor();
      expect(page.url()).toBe(`${baseURL}/person`);
    } finally {
      await browser.close();
    }
  });

  it("quick exit locks, and Back shows nothing of the person", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await createPerson(page, "Soleil", "123456");
      await page.getByRole("link", { name: HOME_TILE }).click();
      await page.getByRole("heading", { name: HOME_TILE }).waitFor();
      await page.getByRole("button", { name: "Sortir vite" }).click();
      await expect.poll(() => page.url()).toBe(`${baseURL}/calendar`);
      await page.goBack();
      await locked(page);
      expect(await page.getByRole("link", { name: HOME_TILE }).count()).toBe(0);

      // The keyboard shortcut too: Shift three times.
      // Quick exit replaced the person's screen in history: Back lands on the (locked) screen before it.
      expect(page.url()).toBe(`${baseURL}/`);
      await unlockPerson(page, "Soleil", "123456");
      await page.getByRole("link", { name: HOME_TILE }).waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await expect.poll(() => page.url()).toBe(`${baseURL}/calendar`);
      await page.goBack();
      await locked(page);
    } finally {
      await browser.close();
    }
  });

  it("deletes a person after 10 s unless undone: key and records gone, the other person kept", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await createPerson(page, "Pomme", "111111");
      await page.getByRole("link", { name: HOME_TILE }).click();
      await page.getByRole("button", { name: "Fermer mon dossier" }).click();
      await createPerson(page, "Tasse", "222222");
      await page.getByRole("link", { name: HOME_TILE }).click();
      const before = await dumpDatabase(page);
      expect(before.profiles).toHaveLength(2);

      expect(await axeViolations(page), "person screen").toEqual([]);
      await page.getByRole("button", { name: "Supprimer cette personne" }).click();
      await page.getByRole("button", { name: "Annuler" }).click();
      expect((await dumpDatabase(page)).profiles).toHaveLength(2);
      await page.getByRole("button", { name: "Supprimer cette personne" }).click();
      await locked(page);
      const after = await dumpDatabase(page);
      expect(after.profiles).toHaveLength(1);
      const kept = after.profiles?.[0]?.id;
      expect([...(after.records ?? []), ...(after.files ?? [])].every((row) => row.profileId === kept)).toBe(
        true,
      );
      expect(await page.getByRole("button", { name: "Tasse" }).count()).toBe(0);
      await page.getByRole("button", { name: "Pomme" }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it("a desk session says nothing is kept and leaves nothing, ended or abandoned", async () => {
    const browser = await openBrowser({ width: 1024, height: 768 });
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await page.getByRole("button", { name: /Accueil dans une association/ }).click();
      await page.getByText("rien n'est gardé sur cet ordinateur", { exact: false }).first().waitFor();
      expect((await dumpDatabase(page)).profiles).toHaveLength(1);
      expect(await axeViolations(page), "desk session home").toEqual([]);
      await page.getByRole("button", { name: "Terminer la session" }).first().click();
      await locked(page);
      await expect.poll(async () => (await dumpDatabase(page)).profiles?.length).toBe(0);

      await page.getByRole("button", { name: /Accueil dans une association/ }).click();
      await page.getByRole("button", { name: "Terminer la session" }).first().waitFor();
      await page.reload();
      await locked(page);
      await expect.poll(async () => (await dumpDatabase(page)).profiles?.length).toBe(0);

      // A person's file received at the desk, for this visit only.
      const fixture = await personFile(WORDS);
      await openFile(page, fixture.file, WORDS);
      await page.getByRole("button", { name: "Seulement pour cette visite : rien n'est gardé" }).click();
      await page.getByRole("button", { name: "Terminer la session" }).first().waitFor();
      expect((await dumpDatabase(page)).files).toHaveLength(1);
      await page.getByRole("button", { name: "Terminer la session" }).first().click();
      await locked(page);
      await expect
        .poll(async () => {
          const { profiles, records, files } = await dumpDatabase(page);
          return [profiles?.length, records?.length, files?.length];
        })
        .toEqual([0, 0, 0]);
    } finally {
      await browser.close();
    }
  });
});
