import {
  concatTransformationMatrix,
  degrees,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from "pdf-lib";

/** A4 in PDF points (ISO 216: 210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Height of the strip at the bottom of each page that holds its label. */
export const LABEL_STRIP = 30;

/**
 * The matrix from the page as seen (after its /Rotate turn) to the page's own coordinates, so labels are
 * written along the visible bottom edge whatever the page's rotation (PDF 32000-1:2008 §8.3.2.3, /Rotate
 * turns clockwise).
 */
function seenToOwn(page: PDFPage): {
  matrix: [number, number, number, number, number, number];
  width: number;
  height: number;
} {
  const box = page.getCropBox();
  const turn = ((page.getRotation().angle % 360) + 360) % 360;
  const { x, y, width: w, height: h } = box;
  if (turn === 90) return { matrix: [0, 1, -1, 0, x + w, y], width: h, height: w };
  if (turn === 180) return { matrix: [-1, 0, 0, -1, x + w, y + h], width: w, height: h };
  if (turn === 270) return { matrix: [0, -1, 1, 0, x, y + h], width: h, height: w };
  return { matrix: [1, 0, 0, 1, x, y], width: w, height: h };
}

/**
 * Writes a piece's label centred on the visible bottom edge, with the packet's page number at the end
 * of the line, on a white band so it stays readable over an imported page.
 */
export function drawLabel(page: PDFPage, font: PDFFont, label: string, pageNumber: string): void {
  const { matrix, width } = seenToOwn(page);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...matrix));
  const room = width - 40;
  const numberWidth = font.widthOfTextAtSize(pageNumber, 7);
  const size = Math.max(5, Math.min(8, (8 * (room - numberWidth - 16)) / font.widthOfTextAtSize(label, 8)));
  const labelWidth = font.widthOfTextAtSize(label, size);
  const x = Math.max(20, (width - labelWidth) / 2);
  page.drawRectangle({ x: x - 6, y: 6, width: labelWidth + 12, height: size + 8, color: rgb(1, 1, 1) });
  page.drawText(label, { x, y: 10, size, font, color: rgb(0.1, 0.1, 0.1) });
  page.drawText(pageNumber, {
    x: width - 20 - numberWidth,
    y: 10,
    size: 7,
    font,
    color: rgb(0.35, 0.35, 0.35),
  });
  page.pushOperators(popGraphicsState());
}

/** A photo page on A4, turned upright by `rotation` (clockwise), as large as fits above the label. */
export function placePhoto(page: PDFPage, image: PDFImage, rotation: 0 | 90 | 180 | 270): void {
  const sideways = rotation === 90 || rotation === 270;
  const seenWidth = sideways ? image.height : image.width;
  const seenHeight = sideways ? image.width : image.height;
  const margin = 28;
  const boxWidth = page.getWidth() - 2 * margin;
  const boxHeight = page.getHeight() - margin - LABEL_STRIP;
  const scale = Math.min(boxWidth / seenWidth, boxHeight / seenHeight);
  const w = seenWidth * scale;
  const h = seenHeight * scale;
  const left = (page.getWidth() - w) / 2;
  const bottom = LABEL_STRIP + (boxHeight - h) / 2;
  // drawImage turns about the image's own origin, counter-clockwise for positive degrees.
  const drawnWidth = image.width * scale;
  const drawnHeight = image.height * scale;
  const at: Record<typeof rotation, { x: number; y: number; angle: number }> = {
    0: { x: left, y: bottom, angle: 0 },
    90: { x: left, y: bottom + h, angle: -90 },
    180: { x: left + w, y: bottom + h, angle: 180 },
    270: { x: left + w, y: bottom, angle: 90 },
  };
  const { x, y, angle } = at[rotation];
  page.drawImage(image, { x, y, width: drawnWidth, height: drawnHeight, rotate: degrees(angle) });
}

/** A4 upright in the photo's own direction: portrait for a tall page, landscape for a wide one. */
export function a4For(width: number, height: number, rotation: 0 | 90 | 180 | 270): [number, number] {
  const sideways = rotation === 90 || rotation === 270;
  const wide = sideways ? height > width : width > height;
  return wide ? [A4.height, A4.width] : [A4.width, A4.height];
}
