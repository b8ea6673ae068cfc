/** Largest screenshot or photo of a screen accepted, in bytes. */
export const MAX_SCREENSHOT_BYTES = 15 * 1024 * 1024;

/** Why a chosen file cannot be kept as a screenshot, or undefined when it can. */
export type ScreenshotProblem = "notImage" | "tooBig";

/** The image type read from the file's first bytes (never trusting its name). */
export function imageTypeOf(head: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if ([0x89, 0x50, 0x4e, 0x47].every((b, i) => head[i] === b)) return "image/png";
  const ascii = String.fromCharCode(...head.slice(0, 12));
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return "image/webp";
  return undefined;
}

/** Checks a chosen file and returns its bytes and real type, or the problem to tell the person. */
export async function readScreenshot(
  file: File,
): Promise<{ bytes: ArrayBuffer; mimeType: string } | { problem: ScreenshotProblem }> {
  if (file.size > MAX_SCREENSHOT_BYTES) return { problem: "tooBig" };
  const bytes = await file.arrayBuffer();
  const mimeType = imageTypeOf(new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength)));
  return mimeType ? { bytes, mimeType } : { problem: "notImage" };
}
