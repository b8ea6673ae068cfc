import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openBrowser, waitForServiceWorker } from "./browser";
import {
  chooseFile,
  decompressionBombPng,
  EXIF_DIR,
  pageCount,
  twoPagePdf,
  waitForSaved,
} from "./capturePages";
import { gotoUnlocked, startAsNewPerson } from "./profiles";

/** An image shrunk to 8×8 grey levels: enough to tell upright from turned or mirrored. */
async function signatureOf(img: Element): Promise<number[]> {
  if (!(img instanceof HTMLImageElement)) return [];
  await img.decode();
  const canvas = new OffscreenCanvas(8, 8);
  const ctx = canvas.getContext("2d");
  if (!ctx) return [];
  ctx.drawImage(img, 0, 0, 8, 8);
  const { data } = ctx.getImageData(0, 0, 8, 8);
  return Array.from({ length: 64 }, (_, i) => data[i * 4] ?? 0);
}

/** Opens the pages of a document in French. */
async function openDocument(page: import("playwright-core").Page, baseURL: string) {
  await startAsNewPerson(page, baseURL);
  await gotoUnlocked(page, `${baseURL}/pages/passport`);
  await page.getByRole("heading", { level: 1, name: "Passeport" }).waitFor();
}

describe("capture", () => {
  it("turns every EXIF orientation sample into an upright page", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await openDocument(page, baseURL);
      const names = ["Landscape", "Portrait"].flatMap((shape) =>
        [1, 0, 2, 3, 4, 5, 6, 7, 8].map((n) => `${shape}_${n}.jpg`),
      );
      const previews: number[][] = [];
      for (const [index, name] of names.entries()) {
        await chooseFile(page, join(EXIF_DIR, name));
        // The corner step's preview comes from the scaled decode (orientation applied by Papiers itself).
        previews.push(await page.locator(".corner-stage img").evaluate(signatureOf));
        await page.getByRole("button", { name: "Garder toute la photo" }).click();
        await waitForSaved(page);
        await expect.poll(() => pageCount(page)).toBe(index + 1);
      }
      // Every thumbnail, shrunk to 8×8 grey levels, must match its upright reference (Landscape_1 or Portrait_1).
      const signatures: number[][] = [];
      // The list comes back after each page and reads its thumbnails again: wait for all of them.
      await expect.poll(() => page.locator(".page-thumb img").count(), { timeout: 30_000 }).toBe(18);
      for (const img of await page.locator(".page-thumb img").all())
        signatures.push(await img.evaluate(signatureOf));
      expect(signatures).toHaveLength(18);
      const distance = (a: number[], b: number[]) =>
        a.reduce((sum, v, i) => sum + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
      const flipped = (a: number[]) => a.map((_, i) => a[63 - i] ?? 0);
      for (const [index, signature] of signatures.entries()) {
        const reference = signatures[index < 9 ? 0 : 9] ?? [];
        expect(distance(signature, reference), names[index]).toBeLessThan(12);
        expect(
          distance(previews[index] ?? [], previews[index < 9 ? 0 : 9] ?? []),
          `preview of ${names[index]}`,
        ).toBeLessThan(12);
        // The same picture turned upside down is far away: the check can tell.
        expect(distance(flipped(reference), reference)).toBeGreaterThan(20);
      }
    } finally {
      await browser.close();
    }
  }, 300_000); // 18 photos, each analysed, processed and stored: minutes on a busy 2-core machine

  it("lets the person move corners by finger and keyboard, saves, and keeps the page offline", async () => {
    const browser = await openBrowser();
    const { page, baseURL, context } = browser;
    try {
      await openDocument(page, baseURL);
      await waitForServiceWorker(page);
      expect(await axeViolations(page)).toEqual([]);
      await chooseFile(page, join(EXIF_DIR, "Landscape_6.jpg"));
      const topLeft = page.getByRole("button", { name: "Coin en haut à gauche" });
      await topLeft.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const before = await topLeft.getAttribute("style");
      const box = await topLeft.boundingBox();
      if (!box) throw new Error("no handle");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => topLeft.getAttribute("style")).not.toBe(before);
      const topRight = page.getByRole("button", { name: "Coin en haut à droite" });
      const rightBefore = await topRight.getAttribute("style");
      await topRight.focus();
      await page.keyboard.press("Shift+ArrowLeft");
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => topRight.getAttribute("style")).not.toBe(rightBefore);
      await page.getByRole("button", { name: "Enregistrer la page" }).click();
      await waitForSaved(page);
      expect(await pageCount(page)).toBe(1);

      await context.setOffline(true);
      await gotoUnlocked(page, page.url());
      await page.getByRole("heading", { level: 1, name: "Passeport" }).waitFor();
      await expect.poll(() => pageCount(page)).toBe(1);
      await expect
        .poll(() => page.locator(".page-thumb img").evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });

  it("accepts and counts a PDF, and refuses bad files with a clear message, leaving the document unchanged", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await openDocument(page, baseURL);
      await chooseFile(page, { name: "lettre.pdf", mimeType: "application/pdf", buffer: twoPagePdf() });
      await page.getByText("Fichier PDF. Pages : 2").waitFor();
      expect(await pageCount(page)).toBe(1);

      // Reloading in the middle of the corner step keeps the document as it was (the photo is not kept).
      await chooseFile(page, join(EXIF_DIR, "Portrait_1.jpg"));
      await page.getByRole("button", { name: "Coin en haut à gauche" }).waitFor();
      await gotoUnlocked(page, page.url());
      await page.getByRole("heading", { level: 1, name: "Passeport" }).waitFor();
      await expect.poll(() => pageCount(page)).toBe(1);
      expect(await page.getByRole("button", { name: "Coin en haut à gauche" }).count()).toBe(0);

      const photo = readFileSync(join(EXIF_DIR, "Landscape_1.jpg"));
      const bad = [
        {
          file: {
            name: "photo.jpg",
            mimeType: "image/jpeg",
            buffer: Buffer.from("Ceci est un texte, pas une photo.\n"),
          },
          says: "n'est pas une image ni un PDF",
        },
        {
          file: { name: "coupee.jpg", mimeType: "image/jpeg", buffer: photo.subarray(0, photo.length >> 1) },
          says: "abîmé ou incomplet",
        },
        {
          file: { name: "immense.png", mimeType: "image/png", buffer: decompressionBombPng() },
          says: "Cette image est trop grande",
        },
      ];
      for (const { file, says } of bad) {
        await chooseFile(page, file);
        const alert = page.getByRole("alert");
        await alert.filter({ hasText: says }).waitFor();
        expect(await alert.innerText()).toContain("Le document n'a pas changé.");
        expect(await pageCount(page)).toBe(1);
      }
    } finally {
      await browser.close();
    }
  });

  it("receives files shared from another app and lets the person add them to a document", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await openDocument(page, baseURL);
      await waitForServiceWorker(page);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>("link[rel=manifest]");
        return link ? (await fetch(link.href)).json() : undefined;
      });
      expect(manifest?.share_target).toMatchObject({ action: "/share-target", method: "POST" });
      // What Android does when the person shares to Papiers: a multipart POST to the share target.
      const photo = readFileSync(join(EXIF_DIR, "Portrait_3.jpg")).toString("base64");
      const pdf = twoPagePdf().toString("base64");
      const landed = await page.evaluate(
        async ({ photo, pdf }) => {
          const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const form = new FormData();
          form.append("files", new File([bytes(pdf)], "lettre.pdf", { type: "application/pdf" }));
          form.append("files", new File([bytes(photo)], "photo.jpg", { type: "image/jpeg" }));
          const response = await fetch("/share-target", { method: "POST", body: form });
          return new URL(response.url).pathname;
        },
        { photo, pdf },
      );
      expect(landed).toBe("/shared");
      await gotoUnlocked(page, `${baseURL}/shared`);
      await page.getByText("Fichiers reçus d'une autre application : 2").waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await gotoUnlocked(page, `${baseURL}/pages/passport`);
      await page.getByRole("button", { name: "Ajouter les fichiers reçus" }).click();
      await page.getByRole("button", { name: "Garder toute la photo" }).click();
      await waitForSaved(page);
      await expect.poll(() => pageCount(page)).toBe(2);
      await page.getByText("Fichier PDF. Pages : 2").waitFor();
      await gotoUnlocked(page, page.url());
      await page.getByRole("heading", { level: 1, name: "Passeport" }).waitFor();
      await expect.poll(() => pageCount(page)).toBe(2);
      expect(await page.getByRole("button", { name: "Ajouter les fichiers reçus" }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it("processes a 12-megapixel photo without blocking the page for more than 50 ms", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await openDocument(page, baseURL);
      // Up to three photos: a task that is really long on this page shows every time, while a busy shared
      // 2-core machine can stretch one short task past 50 ms of wall time now and then.
      const attempts: number[][] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        attempts.push(await longTasksWhileProcessing(browser.context, page, baseURL));
        if ((attempts.at(-1) ?? []).every((duration) => duration <= 50)) break;
      }
      console.log(
        `Long tasks (ms) while a 12 MP photo is processed, per attempt: ${JSON.stringify(attempts)}`,
      );
      expect((attempts.at(-1) ?? [0]).filter((duration) => duration > 50)).toEqual([]);
      await expect.poll(() => pageCount(page)).toBe(attempts.length);
    } finally {
      await browser.close();
    }
  });
});

/** Adds a generated 12 MP photo (corners found, straightened, cleaned) and returns the page's long tasks. */
async function longTasksWhileProcessing(
  context: BrowserContext,
  page: Page,
  baseURL: string,
): Promise<number[]> {
  // Measuring starts now; the photo arrives as a Blob handle over a BroadcastChannel, so no test
  // plumbing (a 4 MB upload through the driver, the painter's canvas) runs on this page's thread.
  await page.evaluate(() => {
    const longTasks: number[] = [];
    Object.defineProperty(window, "__longTasks", { value: longTasks, configurable: true });
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    observer.observe({ type: "longtask" });
    const channel = new BroadcastChannel("test-photo");
    channel.onmessage = (event: MessageEvent<Blob>) => {
      const input = document.querySelector<HTMLInputElement>("input[type=file]:not([capture])");
      if (!input) return;
      const transfer = new DataTransfer();
      transfer.items.add(new File([event.data], "photo.jpg", { type: "image/jpeg" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      channel.close();
    };
    Object.defineProperty(window, "__stopObserving", {
      value: () => observer.disconnect(),
      configurable: true,
    });
  });
  // A 4000×3000 photo of a tilted page on a table, drawn in another tab of the same origin.
  const painter = await context.newPage();
  await painter.goto(`${baseURL}/robots.txt`);
  await painter.evaluate(async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.fillStyle = "#5b4634";
    ctx.fillRect(0, 0, 4000, 3000);
    ctx.translate(2000, 1500);
    ctx.rotate(0.06);
    ctx.fillStyle = "#f4f1ea";
    ctx.fillRect(-1300, -1350, 2600, 2700);
    ctx.fillStyle = "#222";
    ctx.font = "48px sans-serif";
    for (let line = 0; line < 30; line++)
      ctx.fillText("Attestation d'hébergement — Nom, Prénom, adresse", -1150, -1200 + line * 80);
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.9 });
    new BroadcastChannel("test-photo").postMessage(blob);
  });
  await page.getByText("Papiers a trouvé la feuille. Vérifiez les 4 coins.").waitFor();
  await page.getByRole("button", { name: "Enregistrer la page" }).click();
  await waitForSaved(page);
  await painter.close();
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __stopObserving: () => void };
    w.__stopObserving();
    return w.__longTasks;
  });
}
