import { zipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { ENCODING_LADDER, firstStepFor, planUpload } from "../planUpload";
import { uploadFileName } from "../uploadFileName";
import type {
  PacketPageInput,
  PacketPieceInput,
  PageProblem,
  UploadFile,
  UploadsInput,
  UploadsResult,
} from "./messages";
import type { OnProgress } from "./renderPacket";
import { addStoredPage } from "./renderPacket";

/** Re-encodes a JPEG at a scale and quality (OffscreenCanvas in the worker; anything in tests). */
export type Reencode = (jpeg: ArrayBuffer, scale: number, quality: number) => Promise<ArrayBuffer>;

/** One document's pages as a plain PDF: upright, no labels, no password. */
async function pdfOf(
  pages: readonly PacketPageInput[],
  problems: PageProblem[],
  number: number,
): Promise<Uint8Array | undefined> {
  const doc = await PDFDocument.create();
  doc.setProducer("Papiers");
  doc.setCreator("Papiers");
  for (const page of pages) {
    try {
      await addStoredPage(doc, page);
    } catch {
      if (!problems.some((p) => p.number === number && p.position === page.position))
        problems.push({ number, position: page.position });
    }
  }
  return doc.getPageCount() > 0 ? doc.save({ useObjectStreams: true }) : undefined;
}

/** Shrinks each photo to its budget, stepping down the ladder until it fits or the ladder ends. */
async function shrink(pages: readonly PacketPageInput[], budgets: readonly number[], reencode: Reencode) {
  return Promise.all(
    pages.map(async (page, index) => {
      const budget = budgets[index] ?? 0;
      if (page.kind !== "jpeg" || page.bytes.byteLength <= budget) return page;
      let bytes = page.bytes;
      // One step gentler than the estimate: the best-looking photo that fits is kept.
      const first = Math.max(0, firstStepFor(page.bytes.byteLength, budget) - 1);
      for (let step = first; step < ENCODING_LADDER.length; step += 1) {
        const { scale, quality } = ENCODING_LADDER[step] ?? { scale: 0.5, quality: 0.4 };
        bytes = await reencode(page.bytes, scale, quality);
        if (bytes.byteLength <= budget) break;
      }
      return { ...page, bytes };
    }),
  );
}

/** One document's upload file under the limit, shrinking its photos when it would pass it. */
async function uploadOf(
  piece: PacketPieceInput,
  limit: number,
  reencode: Reencode,
  problems: PageProblem[],
): Promise<UploadFile | undefined> {
  const name = uploadFileName(piece.number, piece.frenchName);
  const first = await pdfOf(piece.pages, problems, piece.number);
  if (!first) return undefined;
  const stored = piece.pages.reduce((sum, page) => sum + page.bytes.byteLength, 0);
  const plan = planUpload(
    piece.pages.map((page) => ({ kind: page.kind, bytes: page.bytes.byteLength })),
    Math.max(0, first.byteLength - stored),
    limit,
  );
  if (plan.action === "keep") return { number: piece.number, name, bytes: first, outcome: "ok" };
  if (plan.action === "tooBig") return { number: piece.number, name, bytes: first, outcome: "tooBig" };
  const smaller = await pdfOf(await shrink(piece.pages, plan.pageBudgets, reencode), problems, piece.number);
  const best = smaller && smaller.byteLength < first.byteLength ? smaller : first;
  return {
    number: piece.number,
    name,
    bytes: best,
    outcome: best.byteLength <= limit ? "smaller" : "tooBig",
  };
}

/**
 * One PDF per document for upload forms (ANEF and others), named "03-justificatif-de-domicile.pdf",
 * each under `limitBytes` when its photos can be made small enough, and all of them in one zip.
 */
export async function renderUploads(
  input: UploadsInput,
  reencode: Reencode,
  onProgress: OnProgress = () => {},
): Promise<UploadsResult> {
  const problems: PageProblem[] = [];
  const files: UploadFile[] = [];
  const pieces = input.pieces.filter((piece) => piece.pages.length > 0);
  for (const [index, piece] of pieces.entries()) {
    const file = await uploadOf(piece, input.limitBytes, reencode, problems);
    if (file) files.push(file);
    onProgress(index + 1, pieces.length);
  }
  // PDFs of photos do not shrink further: stored, not compressed, so the zip is quick to make and open.
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 0 }]])));
  return { files, zip, problems };
}
