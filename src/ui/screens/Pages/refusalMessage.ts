import { CaptureError } from "@/capture";
import { StorageFullError } from "@/storage";
import type { CaptureT } from "./useCaptureT";

/** The plain-words sentences for a failed capture, or none when the person stopped it themselves. */
export function refusalMessage(t: CaptureT, error: unknown): string[] | undefined {
  if (error instanceof DOMException && error.name === "AbortError") return undefined;
  const unchanged = t("capture:refused.unchanged");
  if (error instanceof StorageFullError) return [t("capture:refused.full"), unchanged];
  if (error instanceof CaptureError) {
    const first = t(`capture:refused.${error.reason}`);
    return error.reason === "heic" ? [first, t("capture:refused.heicHow"), unchanged] : [first, unchanged];
  }
  console.error(error);
  return [t("capture:refused.failed"), unchanged];
}
