import { degrees, PDFDocument, type PDFPage, StandardFonts } from "pdf-lib";
import type { CountedPiece } from "../packetText";
import { pieceLabel } from "../pieceLabel";
import { bordereauPageCount, drawBordereau, drawCover, type Fonts } from "./drawFrontPages";
import type { PacketInput, PacketPageInput, PacketResult, PageProblem } from "./messages";
import { A4, a4For, drawLabel, placePhoto } from "./placePage";

/** Called after each stored page is placed. */
export type OnProgress = (done: number, total: number) => void;

/**
 * Adds one stored page to the document: a JPEG as it is (no re-encoding), upright on A4; an imported
 * PDF as its own pages, turned by the page record's rotation. Returns the pages added.
 */
export async function addStoredPage(doc: PDFDocument, page: PacketPageInput): Promise<PDFPage[]> {
  if (page.kind === "jpeg") {
    const image = await doc.embedJpg(page.bytes);
    const added = doc.addPage(a4For(image.width, image.height, page.rotation));
    placePhoto(added, image, page.rotation);
    return [added];
  }
  const source = await PDFDocument.load(page.bytes, { updateMetadata: false });
  const copied = await doc.copyPages(source, source.getPageIndices());
  return copied.map((copy) => {
    if (page.rotation !== 0) copy.setRotation(degrees((copy.getRotation().angle + page.rotation) % 360));
    return doc.addPage(copy);
  });
}

/** Document information without the person's name: the file may be shared or uploaded. */
function describe(doc: PDFDocument, title: string): void {
  doc.setTitle(title);
  doc.setProducer("Papiers");
  doc.setCreator("Papiers");
  doc.setLanguage("fr-FR");
}

/**
 * The paper packet as one PDF: cover page, bordereau, then every piece's pages in order, each labelled
 * "Pièce n° 3 — Justificatif de domicile — page 1/2". A page that cannot be read is left out and named
 * in `problems`; the rest is built.
 */
export async function renderPacket(
  input: PacketInput,
  onProgress: OnProgress = () => {},
): Promise<PacketResult> {
  const doc = await PDFDocument.create();
  describe(doc, "Dossier de demande de titre de séjour");
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const total = input.pieces.reduce((sum, piece) => sum + piece.pages.length, 0);
  const problems: PageProblem[] = [];
  const placed: { pages: PDFPage[]; piece: CountedPiece }[] = [];
  let done = 0;
  let jpegBytes = 0;
  for (const piece of input.pieces) {
    const pages: PDFPage[] = [];
    for (const stored of piece.pages) {
      try {
        pages.push(...(await addStoredPage(doc, stored)));
        if (stored.kind === "jpeg") jpegBytes += stored.bytes.byteLength;
      } catch {
        problems.push({ number: piece.number, position: stored.position });
      }
      done += 1;
      onProgress(done, total);
    }
    placed.push({
      pages,
      piece: { number: piece.number, frenchName: piece.frenchName, pages: pages.length },
    });
  }
  const counted = placed.map((p) => p.piece);
  const front = 1 + bordereauPageCount(counted, fonts);
  const pageCount = front + doc.getPageCount();
  let pageNumber = front;
  for (const { pages, piece } of placed) {
    pages.forEach((page, index) => {
      pageNumber += 1;
      drawLabel(
        page,
        fonts.regular,
        pieceLabel(piece.number, piece.frenchName, index + 1, pages.length),
        `${pageNumber}/${pageCount}`,
      );
    });
  }
  drawCover(doc.insertPage(0, [A4.width, A4.height]), fonts, input.cover, counted, pageCount);
  drawBordereau(doc, 1, fonts, counted, pageCount);
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pageCount: doc.getPageCount(), jpegBytes, problems };
}
