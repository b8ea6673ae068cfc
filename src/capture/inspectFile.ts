import { CaptureError } from "./CaptureError";
import { type ImageHeader, readImageHeader } from "./imageHeader";
import { isComplete } from "./isComplete";
import { MAX_FILE_BYTES, MAX_PIXELS } from "./limits";
import { pdfInfo } from "./pdfInfo";
import { sniffType } from "./sniffType";

/** What a file turned out to be, once checked and before any pixel is decoded. */
export type Inspection =
  | { kind: "pdf"; pageCount: number }
  | { kind: "image"; type: "image/jpeg" | "image/png" | "image/webp"; header: ImageHeader };

/**
 * Checks a file from its bytes alone: size, real type, completeness, and the pixel count its header
 * announces. Throws a CaptureError with the reason; never decodes anything.
 */
export function inspectFile(bytes: Uint8Array): Inspection {
  if (bytes.length > MAX_FILE_BYTES) throw new CaptureError("fileTooLarge");
  const type = sniffType(bytes);
  if (type === undefined) throw new CaptureError("unsupported");
  // HEIC is refused rather than decoded: the decoder (heic-to 1.5.2, dist/csp/heic-to.min.js) is 3.0 MB
  // to precache on every phone for a format that Android cameras rarely write.
  if (type === "image/heic") throw new CaptureError("heic");
  if (type === "application/pdf") {
    const info = pdfInfo(bytes);
    if (!info.ok) throw new CaptureError(info.reason);
    return { kind: "pdf", pageCount: info.pageCount };
  }
  const header = readImageHeader(bytes, type);
  if (!header || header.width === 0 || header.height === 0) throw new CaptureError("damaged");
  if (header.width * header.height > MAX_PIXELS) throw new CaptureError("tooManyPixels");
  if (!isComplete(bytes, type)) throw new CaptureError("damaged");
  return { kind: "image", type, header };
}
