import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";

// Helpers for the capture end-to-end tests: the pages screen and files made on the spot.

/** The shared EXIF orientation samples (MIT), beside the repository as in CI. */
export const EXIF_DIR = new URL("../../../shared/fixtures/exif-orientation/", import.meta.url).pathname;

/** Chooses a file with "Choose a picture or a PDF" (the hidden picker input). */
export async function chooseFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer } | string,
) {
  await page.locator("input[type=file]:not([capture])").setInputFiles(file);
}

/** How many pages the document shows. */
export function pageCount(page: Page): Promise<number> {
  return page.locator(".page-card").count();
}

/** Waits for the "page saved" notice, going through the quality notes when they show. */
export async function waitForSaved(page: Page): Promise<void> {
  const saved = page.getByRole("status").filter({ hasText: "La page est enregistrée." });
  const keep = page.getByRole("button", { name: "Garder quand même" });
  await saved.or(keep).first().waitFor();
  if (await keep.isVisible()) await keep.click();
  await saved.waitFor();
}

/** A minimal two-page PDF. */
export function twoPagePdf(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\nendobj\n" +
      "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n4 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n" +
      "trailer\n<< /Root 1 0 R >>\n%%EOF\n",
  );
}

/** CRC-32 of a PNG chunk (ISO/IEC 15948 annex D). */
function crc32(bytes: Buffer): number {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

/** A real, valid 20000 × 20000 black-and-white PNG: 45 kB on disk, 400 megapixels once decoded. */
export function decompressionBombPng(size = 20000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit per pixel, greyscale
  const raw = Buffer.alloc((Math.ceil(size / 8) + 1) * size); // every row: filter 0, all black
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
