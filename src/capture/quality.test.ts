import { describe, expect, it } from "vitest";
import { autoContrast } from "./clean";
import {
  assessQuality,
  type GreyImage,
  laplacianVariance,
  meanLuminance,
  percentile,
  toGrey,
} from "./quality";
import { LANDING, searchQuality } from "./searchQuality";

/** A page of "text": dark strokes on light paper, as sharp as a good photo. */
function textPage(width: number, height: number, paper = 235, ink = 30, margin = 10): GreyImage {
  const data = new Uint8Array(width * height).fill(paper);
  for (let y = margin; y < height - margin; y++) {
    if (y % 8 >= 3) continue;
    for (let x = margin; x < width - margin; x++) if ((x * 7 + y) % 11 < 5) data[y * width + x] = ink;
  }
  return { width, height, data };
}

/** A 5×5 box blur, like an out-of-focus photo. */
function blur(image: GreyImage, passes = 2): GreyImage {
  let data = image.data;
  for (let pass = 0; pass < passes; pass++) {
    const next = new Uint8Array(data.length);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        let sum = 0;
        let n = 0;
        for (let dy = -2; dy <= 2; dy++)
          for (let dx = -2; dx <= 2; dx++) {
            const v = data[(y + dy) * image.width + x + dx];
            if (v !== undefined && x + dx >= 0 && x + dx < image.width) {
              sum += v;
              n++;
            }
          }
        next[y * image.width + x] = sum / n;
      }
    }
    data = next;
  }
  return { ...image, data };
}

const darken = (image: GreyImage, factor: number): GreyImage => ({
  ...image,
  data: image.data.map((v) => v * factor),
});

describe("quality maths", () => {
  it("measures brightness and sharpness", () => {
    const page = textPage(200, 150);
    expect(meanLuminance({ width: 2, height: 1, data: Uint8Array.from([0, 255]) })).toBe(127.5);
    expect(laplacianVariance(page)).toBeGreaterThan(10 * laplacianVariance(blur(page)));
    expect(laplacianVariance({ width: 10, height: 10, data: new Uint8Array(100).fill(128) })).toBe(0);
    expect(percentile(page, 0.9)).toBe(235);
  });

  it("says nothing about a good page", () => {
    const page = textPage(400, 300);
    expect(assessQuality(page, page, 4000, 1000)).toEqual([]);
  });

  it("warns about a dark, blurry or small page", () => {
    const page = textPage(400, 300);
    expect(assessQuality(darken(page, 0.25), page, 4000, 1000)).toContain("dark");
    expect(assessQuality(blur(page), page, 4000, 1000)).toContain("blurry");
    expect(assessQuality(page, page, 640, 1000)).toEqual(["small"]);
  });

  it("warns when text runs off an edge of the page", () => {
    const cut = textPage(400, 300, 235, 30, 0);
    expect(assessQuality(cut, cut, 4000, 1000)).toContain("cutOff");
  });

  it("reads colours as grey levels", () => {
    expect(toGrey(Uint8ClampedArray.from([255, 255, 255, 255, 0, 0, 0, 255]), 2, 1).data).toEqual(
      Uint8Array.from([255, 0]),
    );
  });

  it("stretches a dull yellowish photo to white paper and black ink", () => {
    const pixels = new Uint8ClampedArray(400 * 4);
    for (let i = 0; i < 400; i++) pixels.set(i % 10 === 0 ? [70, 60, 40, 255] : [190, 175, 130, 255], i * 4);
    autoContrast(pixels);
    expect([...pixels.subarray(4, 7)]).toEqual([255, 255, 255]);
    expect([...pixels.subarray(0, 3)]).toEqual([0, 0, 0]);
  });
});

describe("quality search", () => {
  /** A fake encoder whose size grows with quality, recording what it was asked. */
  const encoder = (bytesAt: (q: number) => number) => {
    const asked: number[] = [];
    return {
      asked,
      encode: async (q: number) => {
        asked.push(q);
        return { size: bytesAt(q) };
      },
    };
  };

  it("keeps the best quality when it already fits, in one encode", async () => {
    const { asked, encode } = encoder(() => 200_000);
    expect(await searchQuality(encode, 350_000)).toMatchObject({ quality: 0.85, overTarget: false });
    expect(asked).toEqual([0.85]);
  });

  it("lands between 75 and 85 % of the target, not at its brim", async () => {
    const { asked, encode } = encoder((q) => q * 500_000);
    const found = await searchQuality(encode, 350_000);
    expect(found.output.size).toBeGreaterThanOrEqual(350_000 * LANDING.low);
    expect(found.output.size).toBeLessThanOrEqual(350_000 * LANDING.high);
    expect(found.overTarget).toBe(false);
    expect(asked.length).toBeLessThanOrEqual(4);
  });

  it("lands in two encodes when size grows exponentially with quality, as JPEG does", async () => {
    const { asked, encode } = encoder((q) => 40_000 * Math.exp(3.2 * q));
    const found = await searchQuality(encode, 350_000);
    expect(found.output.size).toBeGreaterThanOrEqual(350_000 * LANDING.low);
    expect(found.output.size).toBeLessThanOrEqual(350_000 * LANDING.high);
    expect(asked).toHaveLength(2);
  });

  it("never asks for a quality outside its range, and stays inside what it has learnt", async () => {
    const { asked, encode } = encoder((q) => 1_000 * Math.exp(9 * q));
    await searchQuality(encode, 350_000);
    for (const q of asked) {
      expect(q).toBeGreaterThanOrEqual(0.5);
      expect(q).toBeLessThanOrEqual(0.85);
    }
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("keeps a page that fits the target but not the landing, without calling it too big", async () => {
    const { encode } = encoder(() => 320_000);
    expect(await searchQuality(encode, 350_000)).toMatchObject({ quality: 0.5, overTarget: false });
  });

  it("says when even the lowest readable quality is too big", async () => {
    const { encode } = encoder(() => 900_000);
    expect(await searchQuality(encode, 350_000)).toMatchObject({ quality: 0.5, overTarget: true });
  });
});
