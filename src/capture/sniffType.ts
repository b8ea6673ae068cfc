/** The file kinds Papiers recognises from their first bytes. */
export type SniffedType = "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "application/pdf";

const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);

/** Reads ASCII text from bytes (for magic numbers). */
function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/**
 * The real type of a file from its magic number, never from its name: a text file renamed ".jpg" is not
 * a JPEG (signatures: JPEG SOI FFD8FF, PNG 89504E47…, RIFF/WEBP, ISO-BMFF `ftyp` brand, "%PDF-").
 */
export function sniffType(bytes: Uint8Array): SniffedType | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "image/png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "image/webp";
  if (ascii(bytes, 4, 4) === "ftyp") {
    // The major brand, then compatible brands (ISO/IEC 23008-12); AVIF files say "avif" and are not HEIC.
    const major = ascii(bytes, 8, 4);
    if (major === "avif" || major === "avis") return undefined;
    const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length, 64);
    for (let offset = 8; offset + 4 <= size; offset += 4) {
      if (offset === 12) continue; // minor version
      if (HEIC_BRANDS.has(ascii(bytes, offset, 4))) return "image/heic";
    }
    return undefined;
  }
  // PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000-1:2008, annex H).
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return "application/pdf";
  return undefined;
}
