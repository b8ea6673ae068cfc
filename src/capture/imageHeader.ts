/** What the header of an image says before anything is decoded. */
export interface ImageHeader {
  width: number;
  height: number;
  /** EXIF orientation 1–8 (JPEG only; 1 when absent). */
  orientation: number;
}

/** Reads an EXIF APP1 payload (starting at "Exif\0\0") and returns its orientation tag, or 1. */
function exifOrientation(view: DataView, start: number, end: number): number {
  const tiff = start + 6;
  if (tiff + 8 > end) return 1;
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** JPEG: walk the marker segments up to the first start-of-frame (ITU T.81 B.1.1). */
function jpegHeader(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  let orientation = 1;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > bytes.length) return undefined;
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7), orientation };
    }
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)) === "Exif") {
      orientation = exifOrientation(view, offset + 4, Math.min(offset + 2 + length, bytes.length));
    }
    if (marker === 0xda) return undefined; // scan data before any frame header: broken
    offset += 2 + length;
  }
  return undefined;
}

/** WebP: the VP8, VP8L or VP8X chunk right after the RIFF header (Google's WebP container spec). */
function webpHeader(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  const u24 = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
  if (chunk === "VP8X") return { width: u24(24) + 1, height: u24(27) + 1, orientation: 1 };
  if (chunk === "VP8L") {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, orientation: 1 };
  }
  if (chunk === "VP8 ") {
    return {
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
      orientation: 1,
    };
  }
  return undefined;
}

/** Dimensions from the header alone, so a decompression bomb is refused before it is decoded. */
export function readImageHeader(bytes: Uint8Array, type: string): ImageHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (type === "image/jpeg") return jpegHeader(bytes, view);
    if (type === "image/png") {
      if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
      return { width: view.getUint32(16), height: view.getUint32(20), orientation: 1 };
    }
    if (type === "image/webp") return webpHeader(bytes, view);
  } catch {
    return undefined; // a header that runs past the end of the file
  }
  return undefined;
}

/** Width and height as shown, once the EXIF orientation has turned the picture (5–8 swap them). */
export function orientedSize(header: ImageHeader): { width: number; height: number } {
  return header.orientation >= 5
    ? { width: header.height, height: header.width }
    : { width: header.width, height: header.height };
}
