import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureError } from "./CaptureError";
import { orientedSize, readImageHeader } from "./imageHeader";
import { inspectFile } from "./inspectFile";
import { isComplete } from "./isComplete";
import { sniffType } from "./sniffType";
import { bytesOf, jpegSkeleton, minimalPdf, pngHeader } from "./testing/bytes";

// Shared fixtures sit beside the repository (in CI too): ../shared/fixtures/exif-orientation (MIT).
const EXIF = join(import.meta.dirname, "..", "..", "..", "shared", "fixtures", "exif-orientation");

/** The reason inspectFile refuses a file with, or "accepted". */
function verdict(bytes: Uint8Array): string {
  try {
    inspectFile(bytes);
    return "accepted";
  } catch (error) {
    return error instanceof CaptureError ? error.reason : "crashed";
  }
}

describe("the type of a file comes from its bytes, not its name", () => {
  it("recognises JPEG, PNG, WebP, HEIC and PDF", () => {
    expect(sniffType(jpegSkeleton(10, 10))).toBe("image/jpeg");
    expect(sniffType(pngHeader(10, 10))).toBe("image/png");
    expect(sniffType(bytesOf("RIFF", [0, 0, 0, 0], "WEBPVP8X"))).toBe("image/webp");
    expect(sniffType(bytesOf([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0], "mif1heic"))).toBe("image/heic");
    expect(sniffType(bytesOf([0, 0, 0, 24], "ftypmif1", [0, 0, 0, 0], "mif1heic"))).toBe("image/heic");
    expect(sniffType(bytesOf([0, 0, 0, 24], "ftypavif", [0, 0, 0, 0], "mif1avif"))).toBeUndefined();
    expect(sniffType(minimalPdf(1))).toBe("application/pdf");
  });

  it("refuses a text file, even one named .jpg", () => {
    expect(sniffType(bytesOf("Bonjour, ceci est un texte."))).toBeUndefined();
    expect(verdict(bytesOf("Bonjour, ceci est un texte."))).toBe("unsupported");
    expect(verdict(new Uint8Array())).toBe("unsupported");
  });
});

describe("dimensions are read from the header before anything is decoded", () => {
  it("reads JPEG, PNG and WebP sizes", () => {
    expect(readImageHeader(jpegSkeleton(4000, 3000), "image/jpeg")).toEqual({
      width: 4000,
      height: 3000,
      orientation: 1,
    });
    expect(readImageHeader(pngHeader(20000, 20000), "image/png")).toEqual({
      width: 20000,
      height: 20000,
      orientation: 1,
    });
    const vp8x = bytesOf(
      "RIFF",
      [0, 0, 0, 0],
      "WEBPVP8X",
      [10, 0, 0, 0],
      [0, 0, 0, 0],
      [0x9f, 0x0f, 0],
      [0xb7, 0x0b, 0],
    );
    expect(readImageHeader(vp8x, "image/webp")).toEqual({ width: 4000, height: 3000, orientation: 1 });
  });

  it("reads the EXIF orientation of every sample, and swaps the sides for 5 to 8", () => {
    for (const shape of ["Landscape", "Portrait"]) {
      for (let orientation = 0; orientation <= 8; orientation++) {
        const header = readImageHeader(readFileSync(join(EXIF, `${shape}_${orientation}.jpg`)), "image/jpeg");
        expect(header?.orientation).toBe(Math.max(1, orientation));
        const size = header ? orientedSize(header) : undefined;
        expect(size).toEqual(
          shape === "Landscape" ? { width: 1800, height: 1200 } : { width: 1200, height: 1800 },
        );
      }
    }
  });

  it("survives a header cut short", () => {
    expect(readImageHeader(jpegSkeleton(10, 10).subarray(0, 8), "image/jpeg")).toBeUndefined();
    expect(readImageHeader(pngHeader(10, 10).subarray(0, 20), "image/png")).toBeUndefined();
  });
});

describe("inspecting a file", () => {
  it("accepts a complete photo and refuses a truncated one", () => {
    const photo = readFileSync(join(EXIF, "Landscape_6.jpg"));
    expect(verdict(photo)).toBe("accepted");
    expect(isComplete(photo.subarray(0, photo.length >> 1), "image/jpeg")).toBe(false);
    expect(verdict(photo.subarray(0, photo.length >> 1))).toBe("damaged");
    expect(verdict(jpegSkeleton(100, 100, { end: false }))).toBe("damaged");
    expect(verdict(pngHeader(100, 100, false))).toBe("damaged");
  });

  it("refuses a 20000 × 20000 picture from its header alone (a decompression bomb)", () => {
    expect(verdict(pngHeader(20000, 20000))).toBe("tooManyPixels");
    expect(verdict(jpegSkeleton(12000, 9000))).toBe("tooManyPixels");
    expect(verdict(jpegSkeleton(4000, 3000))).toBe("accepted");
  });

  it("refuses HEIC with its own reason, and files above the size limit", () => {
    expect(verdict(bytesOf([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0], "mif1heic"))).toBe("heic");
    const huge = new Uint8Array(41 * 1024 * 1024);
    huge.set(jpegSkeleton(10, 10));
    expect(verdict(huge)).toBe("fileTooLarge");
  });

  it("keeps a PDF and counts its pages; refuses encrypted or broken ones", () => {
    expect(inspectFile(minimalPdf(3))).toEqual({ kind: "pdf", pageCount: 3 });
    expect(verdict(minimalPdf(2, true))).toBe("pdfEncrypted");
    const pdf = minimalPdf(2);
    expect(verdict(pdf.subarray(0, pdf.length - 20))).toBe("pdfDamaged");
    expect(verdict(bytesOf("%PDF-1.7\n%%EOF\n"))).toBe("pdfDamaged");
  });
});
