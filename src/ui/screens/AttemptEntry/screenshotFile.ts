import { CaptureError, processPhoto, WHOLE_PHOTO } from "@/capture";

/**
 * Why a chosen file cannot be kept as a screenshot. The capture reasons keep the capture flow's own
 * messages; "notImage" covers anything that is not a photo (a PDF or a text file is no screenshot).
 */
export type ScreenshotProblem = "notImage" | "heic" | "fileTooLarge" | "tooManyPixels" | "damaged" | "failed";

/** The problem to tell the person for an error of the capture pipeline, or undefined when it was cancelled. */
export function screenshotProblemOf(error: unknown): ScreenshotProblem | undefined {
  if (error instanceof DOMException && error.name === "AbortError") return undefined;
  if (!(error instanceof CaptureError)) return "failed";
  switch (error.reason) {
    case "heic":
    case "fileTooLarge":
    case "tooManyPixels":
    case "damaged":
      return error.reason;
    default:
      return "notImage";
  }
}

/** A screenshot ready to store: JPEG bytes, upright, under the page byte target. */
export interface StoredScreenshot {
  bytes: ArrayBuffer;
  mimeType: "image/jpeg";
}

/**
 * Runs a screenshot or a photo of a screen through the capture pipeline, off the main thread: sniffed,
 * size-guarded, decoded upright, then compressed like a page. No corners and no clean-up look: the text
 * of a screen stays as it was shown.
 */
export async function compressScreenshot(
  file: Blob,
  signal: AbortSignal,
): Promise<StoredScreenshot | { problem: ScreenshotProblem }> {
  try {
    const rendered = await processPhoto(file, { corners: WHOLE_PHOTO, look: "none", signal });
    return { bytes: await rendered.page.arrayBuffer(), mimeType: "image/jpeg" };
  } catch (error) {
    const problem = screenshotProblemOf(error);
    if (problem) return { problem };
    throw error;
  }
}
