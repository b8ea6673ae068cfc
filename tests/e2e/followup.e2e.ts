import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { gotoUnlocked, startAsNewPerson } from "./profiles";
import { tapDate } from "./tapDate";

const FIXTURE = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "shared",
  "fixtures",
  "exif-orientation",
  "Landscape_1.jpg",
);

/** Calendar date `days` from today, as the phone sees it. */
function fromToday(days: number): Date {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date;
}
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const admin = (d: Date) => iso(d).split("-").reverse().join("/");

describe("dates and the journal of attempts", () => {
  it("enters an expiry date with taps only, shows the renewal window, and exports it with the attestation's end to the calendar", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await page.getByRole("link", { name: "Mes dates" }).click();
      await page.getByRole("link", { name: "Ajouter mon titre" }).click();
      await page.getByText("Étape 1 sur 3").waitFor();
      await page.getByRole("button", { name: /^Titre de séjour/ }).click();
      const expiry = fromToday(100);
      await tapDate(page, expiry);
      await page.getByText(admin(expiry)).first().waitFor();
      await gotoUnlocked(page, page.url());
      await page.getByText(admin(expiry)).first().waitFor();
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByRole("button", { name: "Sur internet (ANEF)" }).click();

      await page.waitForURL(`${baseURL}/followup`);
      const closes = fromToday(40);
      const opens = fromToday(-20);
      const timeline = page.getByRole("figure", { name: "Les dates du renouvellement" });
      await expect.poll(() => timeline.textContent()).toContain(admin(opens));
      expect(await timeline.textContent()).toContain(admin(closes));
      await page
        .getByText(`Demandez le renouvellement avant le ${admin(closes)}.`)
        .first()
        .waitFor();

      // An attestation de prolongation d'instruction, entered with taps: its end goes in the calendar too.
      await page.getByRole("link", { name: "Ajouter une date" }).click();
      await page.getByRole("button", { name: /^Attestation de prolongation d'instruction/ }).click();
      await tapDate(page, fromToday(-10));
      await page.getByRole("button", { name: "Suivant" }).click();
      const attestationEnds = fromToday(80);
      await tapDate(page, attestationEnds);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(`${baseURL}/followup`);
      await page.getByText(admin(attestationEnds)).first().waitFor();

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Mettre dans mon agenda" }).click();
      const file = join(tmpdir(), `papiers-${Date.now()}.ics`);
      await (await download).saveAs(file);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
      const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
      expect(events.map((e) => e.startDate.toString())).toEqual([
        iso(opens),
        iso(closes),
        iso(expiry),
        iso(attestationEnds),
      ]);
      expect(events[3]?.summary).toBe("Papiers : fin de l'attestation");

      await gotoUnlocked(page, baseURL);
      await page.getByText(`Demandez le renouvellement avant le ${admin(closes)}.`).waitFor();
    } finally {
      await browser.close();
    }
  });

  it("notes three attempts, one with a screenshot, and prints them as a dated annex", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await page.getByRole("link", { name: "Mes essais" }).click();
      const note = async (kind: RegExp, daysAgo: number, fill: (page: Page) => Promise<void>) => {
        await page.getByRole("link", { name: "Noter un essai" }).click();
        await page.getByRole("button", { name: kind }).click();
        await tapDate(page, fromToday(-daysAgo));
        await page.getByRole("button", { name: "Suivant" }).click();
        await fill(page);
        await page.getByRole("button", { name: "Enregistrer" }).click();
        await page.waitForURL(`${baseURL}/journal`);
      };
      await note(/^Erreur sur le site ANEF/, 9, async (p) => {
        await p
          .getByLabel("Ce qui s'est passé, le message d'erreur")
          .fill("Erreur technique, réessayez plus tard");
        await p.getByLabel("Ajouter une photo de l'écran").setInputFiles(FIXTURE);
        await p.getByText("Photo de l'écran ajoutée.").waitFor();
      });
      await note(/^Appel au Centre de contact citoyen/, 5, async (p) => {
        await p.getByLabel("Numéro de ticket").fill("T-48213");
      });
      await note(/^Visite au point d'accueil numérique/, 2, async (p) => {
        await p.getByLabel("Lieu").fill("Préfecture du Rhône");
      });
      await expect
        .poll(() =>
          page
            .getByRole("listitem")
            .filter({ has: page.getByRole("heading") })
            .count(),
        )
        .toBe(3);

      await page.getByRole("link", { name: "Imprimer pour la préfecture" }).click();
      await page.locator(".paper img").waitFor();
      // The screenshot was stored like a page: a JPEG from the capture pipeline, smaller than the photo
      // (read from IndexedDB: the bytes are encrypted, AES-GCM adds a 16-byte tag).
      const stored = await page.evaluate(
        () =>
          new Promise<Array<{ mimeType: string; size: number }>>((resolve, reject) => {
            const open = indexedDB.open("papiers");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction("files").objectStore("files").getAll();
              all.onsuccess = () => {
                const rows = all.result as Array<{
                  ownerKey: string;
                  mimeType: string;
                  payload: { bytes: ArrayBuffer };
                }>;
                resolve(
                  rows
                    .filter((row) => row.ownerKey.startsWith("attempt:"))
                    .map((row) => ({ mimeType: row.mimeType, size: row.payload.bytes.byteLength - 16 })),
                );
                open.result.close();
              };
            };
          }),
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]?.mimeType).toBe("image/jpeg");
      expect(stored[0]?.size).toBeLessThan(readFileSync(FIXTURE).length);
      expect(
        await page.locator(".paper img").evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeLessThanOrEqual(2000);
      await page.emulateMedia({ media: "print" });
      const pdf = join(tmpdir(), `papiers-annex-${Date.now()}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: "A4" }));
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      for (const expected of [
        "Chronologie des démarches effectuées",
        "Erreur sur le site ANEF",
        "Appel au Centre de contact citoyen",
        "Visite au point d'accueil numérique",
        "T-48213",
        "Préfecture du Rhône",
        "Capture d'écran n° 1 jointe",
        admin(fromToday(-9)),
        admin(fromToday(-2)),
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain("Sortir vite");
    } finally {
      await browser.close();
    }
  });

  it("refuses a text file, an iPhone HEIC photo and a cut-off file given as a screenshot, with clear messages", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await gotoUnlocked(page, `${baseURL}/journal/new/1`);
      await page.getByRole("button", { name: /^Erreur sur le site ANEF/ }).click();
      await tapDate(page, fromToday(-1));
      await page.getByRole("button", { name: "Suivant" }).click();
      await page.getByLabel("Ajouter une photo de l'écran").setInputFiles({
        name: "capture.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("ceci n'est pas une image"),
      });
      await page.getByRole("alert").filter({ hasText: "Ce fichier n'est pas une image." }).waitFor();
      // The capture flow's own words for an iPhone photo and for a cut-off file.
      const heic = Buffer.concat([
        Buffer.from([0, 0, 0, 0x18]),
        Buffer.from("ftypheic"),
        Buffer.from([0, 0, 0, 0]),
        Buffer.from("mif1heic"),
      ]);
      await page
        .getByLabel("Ajouter une photo de l'écran")
        .setInputFiles({ name: "IMG_0001.HEIC", mimeType: "image/heic", buffer: heic });
      await page.getByRole("alert").filter({ hasText: "Papiers ne lit pas les photos HEIC" }).waitFor();
      const photo = readFileSync(FIXTURE);
      await page.getByLabel("Ajouter une photo de l'écran").setInputFiles({
        name: "coupee.jpg",
        mimeType: "image/jpeg",
        buffer: photo.subarray(0, photo.length >> 1),
      });
      await page.getByRole("alert").filter({ hasText: "abîmé ou incomplet" }).waitFor();
      expect(await page.getByText("Photo de l'écran ajoutée.").count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
