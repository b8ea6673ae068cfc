// Helpers for screens behind the lock: every screen with a person's data needs an unlocked person.
import "fake-indexeddb/auto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

const LOCALES = join(import.meta.dirname, "..", "..", "locales");

/** Types a PIN on Papiers' keypad. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).click();
}

/** Adds a person from the start screen (French) and waits for the home screen, unlocked. */
export async function createPerson(page: Page, picture = "Chat", pin = "123456"): Promise<void> {
  await page.getByRole("link", { name: "Ajouter une personne" }).click();
  await page.getByRole("button", { name: picture, exact: true }).click();
  await typePin(page, pin);
  await typePin(page, pin);
  await page.getByRole("button", { name: "Non, seulement le code" }).click();
  await page.getByRole("link", { name: "Mon code et ma copie" }).waitFor();
}

/** Unlocks a person from the start screen by their picture and PIN. */
export async function unlockPerson(page: Page, picture: string, pin = "123456"): Promise<void> {
  await page
    .getByRole("list", { name: "Les personnes sur ce téléphone" })
    .getByRole("button", { name: picture })
    .click();
  await typePin(page, pin);
}

/** Every row of every IndexedDB store of Papiers, binary values as byte arrays. */
/** One stored row, as the dump gives it. */
export type DumpedRow = Record<string, unknown>;

export async function dumpDatabase(page: Page): Promise<Record<string, DumpedRow[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("papiers");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const plain = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return { bytes: [...new Uint8Array(value)] };
      if (ArrayBuffer.isView(value)) return { bytes: [...new Uint8Array(value.buffer)] };
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === "object")
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      return value;
    };
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () =>
          resolve(
            request.result.map((row) =>
              Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])),
            ),
          );
      });
    }
    db.close();
    return out;
  });
}

/** Every byte array inside a dump. */
export function byteArraysOf(value: unknown): Uint8Array[] {
  if (Array.isArray(value)) return value.flatMap(byteArraysOf);
  if (value && typeof value === "object") {
    if ("bytes" in value && Array.isArray(value.bytes)) return [Uint8Array.from(value.bytes)];
    return Object.values(value).flatMap(byteArraysOf);
  }
  return [];
}

/** True when `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) !== -1;
}

/** The start screen's list of people, named in any shipped language (privacy:start.people). */
const peopleNames = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(LOCALES, entry.name, "privacy.json")))
  .map((entry) => JSON.parse(readFileSync(join(LOCALES, entry.name, "privacy.json"), "utf8")).start.people);
const PEOPLE = new RegExp(
  `^(${peopleNames.map((n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`,
);

/**
 * A fresh browser profile, in French, at the home screen of a new person ("Chat", PIN 123456); then, if
 * asked, switched to another language from the top bar.
 */
export async function startAsNewPerson(page: Page, baseURL: string, endonym = "Français"): Promise<void> {
  await page.goto(`${baseURL}/language`);
  await page.getByRole("button", { name: /^Français/ }).click();
  await page.waitForURL((url) => url.pathname !== "/language");
  await createPerson(page);
  if (endonym !== "Français") {
    await page.getByRole("link", { name: "Langue", exact: true }).click();
    await page.getByRole("button", { name: new RegExp(`^${endonym}`) }).click();
    await page.waitForURL((url) => url.pathname !== "/language");
  }
}

/** Loads an address (a page load locks: the key lives only in memory) and unlocks the first person. */
export async function gotoUnlocked(page: Page, url: string, pin = "123456"): Promise<void> {
  await page.goto(url);
  const people = page.getByRole("list", { name: PEOPLE });
  await people.getByRole("button").first().click();
  await typePin(page, pin);
  await people.waitFor({ state: "detached" });
}

/**
 * From the home screen, types Aminata Diallo's name and numéro étranger (and a préfecture, if given) on
 * "Mes informations", and waits until they are saved.
 */
export async function fillAboutMe(page: Page, prefecture?: string): Promise<void> {
  await page.getByRole("link", { name: "Mes informations" }).click();
  await page.getByLabel("Nom", { exact: true }).fill("Diallo");
  await page.getByLabel("Prénoms").fill("Aminata");
  await page.getByLabel(/^Numéro étranger/).fill("7512345678");
  if (prefecture) await page.getByLabel(/^Préfecture/).fill(prefecture);
  // Leaving the last field saves it.
  await page.getByLabel("Téléphone").click();
  await page.getByRole("status").filter({ hasText: "Enregistré." }).waitFor();
}
