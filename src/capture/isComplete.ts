/** Index of the first byte after the JPEG headers (the first start-of-scan), or -1. */
function firstScan(bytes: Uint8Array): number {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return -1;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (marker === 0xda) return offset + 2 + length;
    offset += 2 + length;
  }
  return -1;
}

/**
 * Whether an image file reaches its end marker. Browsers decode a cut-off JPEG as grey bands without an
 * error, so a truncated upload is caught here (JPEG EOI FFD9 after the scan; PNG IEND chunk; RIFF size).
 */
export function isComplete(bytes: Uint8Array, type: string): boolean {
  if (type === "image/jpeg") {
    const scan = firstScan(bytes);
    if (scan < 0) return false;
    // Some phones append data after the end marker, so look for it anywhere after the scan starts.
    for (let i = bytes.length - 2; i >= scan; i--) {
      if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
    }
    return false;
  }
  if (type === "image/png") {
    const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 12)));
    return tail.includes("IEND");
  }
  if (type === "image/webp") {
    if (bytes.length < 12) return false;
    const size = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    return size + 8 <= bytes.length;
  }
  return true;
}
