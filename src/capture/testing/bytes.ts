// Small generated files for the capture tests: only the bytes each check reads.

/** Bytes from numbers and ASCII strings. */
export function bytesOf(...parts: Array<number[] | string | Uint8Array>): Uint8Array {
  const arrays = parts.map((part) =>
    typeof part === "string" ? Uint8Array.from(part, (c) => c.charCodeAt(0)) : Uint8Array.from(part),
  );
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

const u16 = (n: number) => [(n >> 8) & 255, n & 255];
const u32 = (n: number) => [(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];

/** A PNG signature and IHDR chunk announcing the given size (no pixels: enough for header checks). */
export function pngHeader(width: number, height: number, withEnd = true): Uint8Array {
  return bytesOf(
    [0x89],
    "PNG\r\n\x1a\n",
    u32(13),
    "IHDR",
    u32(width),
    u32(height),
    [8, 2, 0, 0, 0],
    u32(0),
    withEnd ? bytesOf(u32(0), "IEND", u32(0xae426082)) : [],
  );
}

/** A JPEG skeleton: SOI, an optional EXIF orientation, a frame header, a scan and (optionally) EOI. */
export function jpegSkeleton(
  width: number,
  height: number,
  options: { orientation?: number; end?: boolean } = {},
) {
  const exif =
    options.orientation === undefined
      ? []
      : bytesOf(
          [0xff, 0xe1],
          u16(2 + 6 + 8 + 2 + 12 + 4),
          "Exif\0\0",
          "MM",
          u16(42),
          u32(8),
          u16(1),
          u16(0x0112),
          u16(3),
          u32(1),
          u16(options.orientation),
          u16(0),
          u32(0),
        );
  return bytesOf(
    [0xff, 0xd8],
    exif,
    [0xff, 0xc0],
    u16(17),
    [8],
    u16(height),
    u16(width),
    [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1],
    [0xff, 0xda],
    u16(12),
    [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0],
    [0x12, 0x34, 0x56, 0x78],
    options.end === false ? [] : [0xff, 0xd9],
  );
}

/** A minimal PDF with `pages` pages; `encrypted` adds an /Encrypt entry to the trailer. */
export function minimalPdf(pages: number, encrypted = false): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(" ");
  const pageObjects = Array.from(
    { length: pages },
    (_, i) => `${3 + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`,
  ).join("");
  const trailer = encrypted ? "<< /Root 1 0 R /Encrypt 9 0 R >>" : "<< /Root 1 0 R >>";
  return bytesOf(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages} >>\nendobj\n${pageObjects}trailer\n${trailer}\n%%EOF\n`,
  );
}
