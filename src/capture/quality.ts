/** What the quality check can say about a page; each comes with a pictogram and plain words. */
export type QualityFlag = "dark" | "blurry" | "small" | "cutOff";

/** A grey-level picture: one byte per pixel, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Luminance (ITU-R BT.601 weights) of RGBA pixels. */
export function toGrey(rgba: Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    data[i] = (77 * (rgba[p] ?? 0) + 150 * (rgba[p + 1] ?? 0) + 29 * (rgba[p + 2] ?? 0)) >> 8;
  }
  return { width, height, data };
}

/** Mean grey level, 0 (black) to 255 (white). */
export function meanLuminance(image: GreyImage): number {
  let sum = 0;
  for (const value of image.data) sum += value;
  return image.data.length ? sum / image.data.length : 0;
}

/**
 * Variance of the 4-neighbour Laplacian: sharp edges give large values, blur flattens them
 * (Pech-Pacheco et al., ICPR 2000, "Diatom autofocusing in brightfield microscopy").
 */
export function laplacianVariance(image: GreyImage): number {
  const { width, height, data } = image;
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const value =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - width] ?? 0) +
        (data[i + width] ?? 0) -
        4 * (data[i] ?? 0);
      sum += value;
      sumSquares += value * value;
      count++;
    }
  }
  if (count === 0) return 0;
  const mean = sum / count;
  return sumSquares / count - mean * mean;
}

/** Share of "ink" pixels (much darker than the paper) in a band along each side of the picture: top, right, bottom, left. */
export function edgeInk(image: GreyImage, paper: number, bandRatio = 0.02): number[] {
  const { width, height, data } = image;
  const band = Math.max(2, Math.round(Math.min(width, height) * bandRatio));
  const ink = paper * 0.55;
  const share = (x0: number, y0: number, x1: number, y1: number) => {
    let dark = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((data[y * width + x] ?? 0) < ink) dark++;
    return dark / Math.max(1, (x1 - x0) * (y1 - y0));
  };
  return [
    share(0, 0, width, band),
    share(width - band, 0, width, height),
    share(0, height - band, width, height),
    share(0, 0, band, height),
  ];
}

/** Thresholds of the checks (blur: the usual 100 for 8-bit grey); they only warn, the person decides. */
export const QUALITY_LIMITS = { dark: 80, blurry: 100, cutOffMin: 0.03, cutOffMax: 0.6 } as const;

/**
 * Checks a page for the problems agents reject: too dark or too blurry (judged on the photo before any
 * clean-up), too small,
 * or text running off an edge (some ink in an edge band, but not a solid background).
 */
export function assessQuality(
  before: GreyImage,
  after: GreyImage,
  sourceLongEdge: number,
  smallLongEdge: number,
): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (meanLuminance(before) < QUALITY_LIMITS.dark) flags.push("dark");
  if (laplacianVariance(before) < QUALITY_LIMITS.blurry) flags.push("blurry");
  if (sourceLongEdge < smallLongEdge) flags.push("small");
  const paper = percentile(after, 0.9);
  const edges = edgeInk(after, paper);
  if (edges.some((share) => share > QUALITY_LIMITS.cutOffMin && share < QUALITY_LIMITS.cutOffMax)) {
    flags.push("cutOff");
  }
  return flags;
}

/** The grey level below which `fraction` of the pixels lie. */
export function percentile(image: GreyImage, fraction: number): number {
  const histogram = new Uint32Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] ?? 0) + 1;
  const wanted = image.data.length * fraction;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level] ?? 0;
    if (seen >= wanted) return level;
  }
  return 255;
}
