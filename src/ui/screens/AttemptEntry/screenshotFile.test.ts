import { describe, expect, it } from "vitest";
import { imageTypeOf, MAX_SCREENSHOT_BYTES, readScreenshot } from "./screenshotFile";

const file = (bytes: number[], name: string, size?: number) => {
  const f = new File([new Uint8Array(bytes)], name);
  if (size) Object.defineProperty(f, "size", { value: size });
  return f;
};

describe("screenshots of an error", () => {
  it("recognise JPEG, PNG and WebP by their bytes", () => {
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(imageTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe("image/png");
    expect(imageTypeOf(new TextEncoder().encode("RIFF0000WEBPVP8 "))).toBe("image/webp");
  });

  it("refuse a text file renamed .jpg", async () => {
    expect(await readScreenshot(file([0x68, 0x65, 0x6c, 0x6c, 0x6f], "erreur.jpg"))).toEqual({
      problem: "notImage",
    });
  });

  it("refuse a file over the size limit before reading it", async () => {
    expect(await readScreenshot(file([0xff, 0xd8, 0xff], "big.jpg", MAX_SCREENSHOT_BYTES + 1))).toEqual({
      problem: "tooBig",
    });
  });

  it("keep a real image with its type", async () => {
    const result = await readScreenshot(file([0xff, 0xd8, 0xff, 0xdb, 1, 2], "x.bin"));
    expect(result).toMatchObject({ mimeType: "image/jpeg" });
  });
});
