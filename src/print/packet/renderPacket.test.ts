import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { PacketPageInput } from "./messages";
import { renderPacket } from "./renderPacket";
import { renderUploads } from "./renderUploads";

// Shared fixtures sit beside the repository (in CI too): ../shared/fixtures/exif-orientation (MIT).
const FIXTURES = new URL("../../../../shared/fixtures/exif-orientation/", import.meta.url).pathname;
const jpeg = (name: string, position = 1, rotation: PacketPageInput["rotation"] = 0): PacketPageInput => {
  const bytes = readFileSync(`${FIXTURES}${name}`);
  return {
    kind: "jpeg",
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    rotation,
    position,
  };
};

/** A two-page PDF as a person would import it. */
async function importedPdf(position: number): Promise<PacketPageInput> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  doc.addPage([842, 595]);
  const bytes = await doc.save();
  return { kind: "pdf", bytes: bytes.slice().buffer, rotation: 0, position };
}

const cover = { name: "DIALLO Aminata", procedures: ["Carte de séjour temporaire"], date: "27/11/2026" };

describe("the PDF packet", () => {
  it("has a cover page, the bordereau, then every page of every piece, photos embedded as they are", async () => {
    const pieces = [
      { number: 1, frenchName: "Passeport", pages: [jpeg("Portrait_1.jpg", 1), jpeg("Portrait_2.jpg", 2)] },
      { number: 2, frenchName: "Acte de naissance", pages: [await importedPdf(1)] },
      { number: 3, frenchName: "Justificatif de domicile", pages: [jpeg("Landscape_1.jpg", 1, 90)] },
    ];
    const jpegTotal = [pieces[0], pieces[2]]
      .flatMap((p) => p?.pages ?? [])
      .reduce((s, p) => s + p.bytes.byteLength, 0);
    const progress: number[] = [];
    const result = await renderPacket({ cover, pieces }, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(result.problems).toEqual([]);
    expect(result.pageCount).toBe(2 + 2 + 2 + 1);
    expect(result.jpegBytes).toBe(jpegTotal);
    const back = await PDFDocument.load(result.bytes);
    expect(back.getPageCount()).toBe(7);
    expect(back.getTitle()).toBe("Dossier de demande de titre de séjour");
    // A4, upright: the turned landscape photo sits on a portrait page.
    const sizes = back.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes[6]).toEqual([595, 842]);
    expect(result.bytes.byteLength).toBeLessThan(jpegTotal * 1.03 + 20_000);
  });

  it("leaves out a page that cannot be read, says which, and builds the rest", async () => {
    const broken: PacketPageInput = {
      kind: "jpeg",
      bytes: new Uint8Array([1, 2, 3]).buffer,
      rotation: 0,
      position: 2,
    };
    const result = await renderPacket({
      cover,
      pieces: [{ number: 1, frenchName: "Passeport", pages: [jpeg("Portrait_1.jpg"), broken] }],
    });
    expect(result.problems).toEqual([{ number: 1, position: 2 }]);
    expect(result.pageCount).toBe(3);
  });
});

describe("upload files", () => {
  it("keeps small documents as they are and shrinks a large one under the limit", async () => {
    const calls: number[] = [];
    const result = await renderUploads(
      {
        limitBytes: 600_000,
        pieces: [
          { number: 1, frenchName: "Passeport", pages: [jpeg("Portrait_1.jpg")] },
          {
            number: 3,
            frenchName: "Justificatif de domicile",
            pages: [jpeg("Landscape_1.jpg"), jpeg("Landscape_2.jpg")],
          },
          { number: 4, frenchName: "Bail de location", pages: [] },
        ],
      },
      // A stand-in encoder: a smaller JPEG, as the worker's canvas would give.
      async (bytes, scale, quality) => {
        calls.push(scale * quality);
        return bytes.slice(0, Math.floor(bytes.byteLength * scale * quality));
      },
    );
    expect(result.files.map((f) => [f.name, f.outcome])).toEqual([
      ["01-passeport.pdf", "ok"],
      ["03-justificatif-de-domicile.pdf", "smaller"],
    ]);
    expect(calls.length).toBeGreaterThan(0);
    for (const file of result.files) expect(file.bytes.byteLength).toBeLessThanOrEqual(600_000);
    expect(result.zip.byteLength).toBeGreaterThan(result.files.reduce((s, f) => s + f.bytes.byteLength, 0));
  });

  it("says so when an imported PDF is over the limit on its own", async () => {
    const result = await renderUploads(
      {
        limitBytes: 500,
        pieces: [{ number: 2, frenchName: "Acte de naissance", pages: [await importedPdf(1)] }],
      },
      async (bytes) => bytes,
    );
    expect(result.files[0]?.outcome).toBe("tooBig");
  });
});
