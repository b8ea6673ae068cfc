// A `.papiers` file made by Papiers' own storage code in Node (fake IndexedDB): a spouse's renewal with
// 12 ready documents and 30 pages (28 photos and one imported PDF of 2 pages), to fill a profile in the
// browser through the import screen, faster than capturing 30 photos through the screens.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import {
  addPage,
  closeDatabase,
  createProfile,
  loadTransfer,
  lockNow,
  type PageRecord,
  saveAnswers,
  saveDocumentStatus,
  saveIdentity,
} from "@/storage";
import { EXIF_DIR } from "./capturePages";

/** Pages per ready document, in the order the checklist shows them; "pdf" is one imported PDF of two pages. */
export const DOSSIER: ReadonlyArray<readonly [string, number | "pdf"]> = [
  ["passport", 5],
  ["ephotoCode", 1],
  ["timbreFiscal", 1],
  ["marriageAct", "pdf"],
  ["sharedLifeProof", 5],
  ["currentTitre", 2],
  ["hostingAttestation", 3],
  ["hostId", 2],
  ["hostProofOfAddress", 3],
  ["spouseTitre", 2],
  ["nonPolygamyStatement", 2],
  ["cer", 2],
];

// Stored pages are upright (capture applies EXIF orientation): only the samples stored upright.
const photos = ["Portrait_0.jpg", "Landscape_0.jpg", "Portrait_1.jpg", "Landscape_1.jpg"];

/** A two-page PDF with a photo on each page, as a scanner app would make it. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const name of ["Portrait_0.jpg", "Portrait_1.jpg"]) {
    const image = await doc.embedJpg(readFileSync(`${EXIF_DIR}${name}`));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 40, y: 40, width: 515, height: 760 });
  }
  return doc.save();
}

const record = (documentId: string, order: number, extra: Partial<PageRecord>): PageRecord => ({
  id: `${documentId}-${order}`,
  documentId,
  order,
  rotation: 0,
  width: 2000,
  height: 1500,
  mimeType: "image/jpeg",
  byteLength: 0,
  qualityFlags: [],
  keepsOriginal: false,
  createdAt: "2026-11-27T10:00:00.000Z",
  ...extra,
});

/** Builds the file, sealed with `words`: its bytes and the JPEG bytes it holds. */
export async function packetDossierFile(words: string) {
  globalThis.indexedDB = new IDBFactory();
  const id = await createProfile({ avatar: "boat", pin: "000000", iterations: 1_000 });
  await saveAnswers({
    need: "renewal",
    card: "temporary",
    reasons: [{ ground: "family", detail: "spouseOfFrench" }],
    nationality: "ma",
    children: "no",
    housing: "hosted",
  });
  await saveIdentity({ surname: "Diallo", givenNames: "Aminata", nationality: "marocaine" });
  let photo = 0;
  let jpegBytes = 0;
  for (const [documentId, pages] of DOSSIER) {
    await saveDocumentStatus(documentId, "have");
    if (pages === "pdf") {
      const pdf = await scannedPdf();
      const page = new Blob([pdf.slice()], { type: "application/pdf" });
      await addPage(
        record(documentId, 1, {
          mimeType: "application/pdf",
          byteLength: pdf.byteLength,
          pdfPageCount: 2,
          width: 0,
          height: 0,
        }),
        { page },
      );
      continue;
    }
    for (let order = 1; order <= pages; order += 1) {
      const bytes = readFileSync(`${EXIF_DIR}${photos[photo++ % photos.length]}`);
      jpegBytes += bytes.byteLength;
      const page = new Blob([bytes], { type: "image/jpeg" });
      await addPage(record(documentId, order, { byteLength: bytes.byteLength }), { page });
    }
  }
  const { exportProfile } = await loadTransfer();
  const file = await exportProfile(id, words);
  lockNow();
  await closeDatabase();
  return { file, jpegBytes };
}
