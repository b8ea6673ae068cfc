import { type PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import {
  BORDEREAU_TEXT,
  bordereauRows,
  type CountedPiece,
  type CoverFacts,
  packetCover,
  pdfText,
} from "../packetText";
import { A4 } from "./placePage";
import { wrapText } from "./wrapText";

/** The two fonts of the packet (standard fonts: nothing embedded). */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const INK = rgb(0.08, 0.08, 0.1);
const GREY = rgb(0.38, 0.38, 0.42);
const RULE = rgb(0.75, 0.75, 0.78);
const SHADE = rgb(0.93, 0.94, 0.96);
const MARGIN = 56;

const RIGHT = A4.width - MARGIN;
const COLUMNS = [
  ["number", MARGIN + 8],
  ["name", MARGIN + 46],
  ["pages", RIGHT - 150],
  ["where", RIGHT - 86],
] as const;
const NAME_WIDTH = RIGHT - 150 - (MARGIN + 46) - 12;
const ROW_SIZE = 10.5;
const FIRST_ROW_Y = A4.height - 166;
const LAST_ROW_Y = 70;

/** Splits the pieces into bordereau pages by the height of their wrapped names. */
function bordereauPages(pieces: readonly CountedPiece[], fonts: Fonts): number[][] {
  const pages: number[][] = [[]];
  let y = FIRST_ROW_Y;
  pieces.forEach((piece, index) => {
    const height = wrapText(pdfText(piece.frenchName), fonts.regular, ROW_SIZE, NAME_WIDTH).length * 14 + 12;
    const current = pages[pages.length - 1] ?? [];
    if (y - height < LAST_ROW_Y && current.length > 0) {
      pages.push([index]);
      y = FIRST_ROW_Y - height;
      return;
    }
    current.push(index);
    y -= height;
  });
  return pages;
}

/** How many bordereau pages a list of pieces needs. */
export const bordereauPageCount = (pieces: readonly CountedPiece[], fonts: Fonts) =>
  bordereauPages(pieces, fonts).length;

/** A small grey "Page 1/32" at the bottom right. */
function footer(page: PDFPage, fonts: Fonts, text: string): void {
  const width = fonts.regular.widthOfTextAtSize(text, 8);
  page.drawText(text, { x: A4.width - MARGIN - width, y: 28, size: 8, font: fonts.regular, color: GREY });
}

/** The cover page: who, which procedure, when, how many pieces and pages. */
export function drawCover(
  page: PDFPage,
  fonts: Fonts,
  facts: CoverFacts,
  pieces: readonly CountedPiece[],
  total: number,
): void {
  const cover = packetCover(facts, pieces);
  const right = RIGHT;
  let y = A4.height - 110;
  page.drawRectangle({
    x: MARGIN,
    y: y + 44,
    width: right - MARGIN,
    height: 3,
    color: rgb(0.11, 0.31, 0.54),
  });
  page.drawText(cover.title, { x: MARGIN, y, size: 21, font: fonts.bold, color: INK });
  y -= 26;
  page.drawText(cover.subtitle, { x: MARGIN, y, size: 13, font: fonts.regular, color: GREY });
  y -= 56;
  const valueX = MARGIN + 190;
  for (const [label, value] of cover.rows) {
    const lines = wrapText(value, fonts.bold, 12, right - valueX);
    if (label) {
      page.drawLine({
        start: { x: MARGIN, y: y + 22 },
        end: { x: right, y: y + 22 },
        thickness: 0.5,
        color: RULE,
      });
      page.drawText(label, { x: MARGIN, y, size: 11, font: fonts.regular, color: GREY });
    }
    for (const line of lines) {
      page.drawText(line, { x: valueX, y, size: 12, font: fonts.bold, color: INK });
      y -= 17;
    }
    y -= 17;
  }
  page.drawLine({
    start: { x: MARGIN, y: y + 22 },
    end: { x: right, y: y + 22 },
    thickness: 0.5,
    color: RULE,
  });
  y -= 30;
  const note = wrapText(cover.note, fonts.regular, 10.5, right - MARGIN - 28);
  const boxHeight = note.length * 15 + 22;
  page.drawRectangle({
    x: MARGIN,
    y: y - boxHeight + 16,
    width: right - MARGIN,
    height: boxHeight,
    color: SHADE,
  });
  for (const line of note) {
    page.drawText(line, { x: MARGIN + 14, y, size: 10.5, font: fonts.regular, color: INK });
    y -= 15;
  }
  footer(page, fonts, BORDEREAU_TEXT.pageOf(1, total));
}

/** The bordereau: one row per piece with its number, official name, pages and place in the packet. */
export function drawBordereau(
  doc: PDFDocument,
  at: number,
  fonts: Fonts,
  pieces: readonly CountedPiece[],
  total: number,
): void {
  const split = bordereauPages(pieces, fonts);
  const rows = bordereauRows(pieces, at + split.length + 1);
  split.forEach((indexes, index) => {
    const page = doc.insertPage(at + index, [A4.width, A4.height]);
    let y = A4.height - 96;
    const title = index === 0 ? BORDEREAU_TEXT.title : BORDEREAU_TEXT.continued;
    page.drawText(title, { x: MARGIN, y, size: 17, font: fonts.bold, color: INK });
    y -= 40;
    page.drawRectangle({ x: MARGIN, y: y - 7, width: RIGHT - MARGIN, height: 24, color: SHADE });
    for (const [key, x] of COLUMNS) {
      page.drawText(BORDEREAU_TEXT.columns[key], { x, y, size: 10, font: fonts.bold, color: INK });
    }
    y = FIRST_ROW_Y;
    for (const row of indexes.flatMap((i) => rows[i] ?? [])) {
      const lines = wrapText(row.name, fonts.regular, ROW_SIZE, NAME_WIDTH);
      const cell = { y, size: ROW_SIZE, color: INK };
      page.drawText(row.number, { ...cell, x: MARGIN + 8, font: fonts.bold });
      page.drawText(row.pages, { ...cell, x: RIGHT - 150, font: fonts.regular });
      page.drawText(row.where, { ...cell, x: RIGHT - 86, font: fonts.regular });
      for (const line of lines) {
        page.drawText(line, { x: MARGIN + 46, y, size: ROW_SIZE, font: fonts.regular, color: INK });
        y -= 14;
      }
      page.drawLine({
        start: { x: MARGIN, y: y + 4 },
        end: { x: RIGHT, y: y + 4 },
        thickness: 0.5,
        color: RULE,
      });
      y -= 12;
    }
    footer(page, fonts, BORDEREAU_TEXT.pageOf(at + index + 1, total));
  });
}
