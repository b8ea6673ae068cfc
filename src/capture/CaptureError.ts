/** Why a file cannot become a page; each reason has its own plain-words message on screen. */
export type RefusalReason =
  | "unsupported"
  | "heic"
  | "fileTooLarge"
  | "tooManyPixels"
  | "damaged"
  | "pdfEncrypted"
  | "pdfDamaged";

/** A file refused with a reason the person can act on; nothing was stored. */
export class CaptureError extends Error {
  override readonly name = "CaptureError";
  constructor(readonly reason: RefusalReason) {
    super(`File refused: ${reason}`);
  }
}
