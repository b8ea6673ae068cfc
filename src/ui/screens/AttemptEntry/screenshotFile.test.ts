import { describe, expect, it } from "vitest";
import { CaptureError } from "@/capture";
import { screenshotProblemOf } from "./screenshotFile";

describe("screenshots of an error, refused with the capture flow's reasons", () => {
  it("keeps the capture reasons a person can act on", () => {
    expect(screenshotProblemOf(new CaptureError("heic"))).toBe("heic");
    expect(screenshotProblemOf(new CaptureError("fileTooLarge"))).toBe("fileTooLarge");
    expect(screenshotProblemOf(new CaptureError("tooManyPixels"))).toBe("tooManyPixels");
    expect(screenshotProblemOf(new CaptureError("damaged"))).toBe("damaged");
  });

  it("calls a text file or a PDF 'not an image': a screenshot is a picture", () => {
    expect(screenshotProblemOf(new CaptureError("unsupported"))).toBe("notImage");
    expect(screenshotProblemOf(new CaptureError("pdfEncrypted"))).toBe("notImage");
    expect(screenshotProblemOf(new CaptureError("pdfDamaged"))).toBe("notImage");
  });

  it("says nothing when the person left (cancelled), and 'failed' for anything else", () => {
    expect(screenshotProblemOf(new DOMException("stop", "AbortError"))).toBeUndefined();
    expect(screenshotProblemOf(new Error("worker crashed"))).toBe("failed");
  });
});
