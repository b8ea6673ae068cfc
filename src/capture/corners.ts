import type { GreyImage } from "./quality";

/** A point in the picture, in fractions of its width and height (0–1), so it survives any resize. */
export interface Point {
  x: number;
  y: number;
}

/** Four corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** The whole picture, for "use the whole photo". */
export const WHOLE_PHOTO: Quad = [
  { x: 0, y: 0 },
  { x: 1, y: 0 },
  { x: 1, y: 1 },
  { x: 0, y: 1 },
];

/** Puts four points in the order top-left, top-right, bottom-right, bottom-left, whatever order they came in. */
export function orderCorners(points: readonly Point[]): Quad {
  if (points.length !== 4) throw new RangeError("A page has four corners");
  const cx = points.reduce((s, p) => s + p.x, 0) / 4;
  const cy = points.reduce((s, p) => s + p.y, 0) / 4;
  // Clockwise on screen (y grows downwards), starting from the corner nearest the top-left.
  const byAngle = [...points].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  let first = 0;
  byAngle.forEach((p, i) => {
    const best = byAngle[first] ?? p;
    if (p.x + p.y < best.x + best.y) first = i;
  });
  const at = (i: number): Point => byAngle[(first + i) % 4] ?? { x: 0, y: 0 };
  return [at(0), at(1), at(2), at(3)];
}

/** Otsu's threshold (IEEE SMC 1979): the grey level that best splits paper from background. */
export function otsuThreshold(image: GreyImage): number {
  const histogram = new Float64Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] ?? 0) + 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * (histogram[i] ?? 0);
  let weightBack = 0;
  let sumBack = 0;
  let best = 0;
  let threshold = 127;
  for (let i = 0; i < 256; i++) {
    weightBack += histogram[i] ?? 0;
    if (weightBack === 0) continue;
    const weightFore = total - weightBack;
    if (weightFore === 0) break;
    sumBack += i * (histogram[i] ?? 0);
    const between = weightBack * weightFore * (sumBack / weightBack - (sumAll - sumBack) / weightFore) ** 2;
    if (between > best) {
      best = between;
      threshold = i;
    }
  }
  return threshold;
}

/** The largest 4-connected region of bright pixels, as a mask. */
function largestBrightRegion(image: GreyImage, threshold: number): { mask: Uint8Array; size: number } {
  const { width, height, data } = image;
  const label = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  let bestLabel = 0;
  let bestSize = 0;
  let next = 0;
  for (let start = 0; start < data.length; start++) {
    if (label[start] !== 0 || (data[start] ?? 0) <= threshold) continue;
    next++;
    let size = 0;
    let top = 0;
    stack[top++] = start;
    label[start] = next;
    while (top > 0) {
      const i = stack[--top] ?? 0;
      size++;
      const x = i % width;
      const neighbours = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
      for (const n of neighbours) {
        if (n < 0 || n >= data.length || label[n] !== 0 || (data[n] ?? 0) <= threshold) continue;
        label[n] = next;
        stack[top++] = n;
      }
    }
    if (size > bestSize) {
      bestSize = size;
      bestLabel = next;
    }
  }
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = label[i] === bestLabel ? 1 : 0;
  return { mask, size: bestSize };
}

/**
 * Finds a sheet of paper on a darker background in a small grey copy (a few hundred pixels wide): Otsu
 * threshold, largest bright region, then its four extreme points along the diagonals. Light enough for
 * a cheap phone; returns undefined when no clear sheet stands out, and the person places the corners.
 */
export function detectCorners(image: GreyImage): Quad | undefined {
  const { width, height } = image;
  const threshold = otsuThreshold(image);
  const { mask, size } = largestBrightRegion(image, threshold);
  const area = width * height;
  if (size < area * 0.15 || size > area * 0.97) return undefined;
  const extremes = [-Infinity, -Infinity, -Infinity, -Infinity];
  const found: Point[] = [
    { x: 0, y: 0 },
    { x: 0, y: 0 },
    { x: 0, y: 0 },
    { x: 0, y: 0 },
  ];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x] !== 1) continue;
      const scores = [-x - y, x - y, x + y, y - x];
      scores.forEach((score, k) => {
        if (score > (extremes[k] ?? 0)) {
          extremes[k] = score;
          found[k] = { x, y };
        }
      });
    }
  }
  const quad = orderCorners(found.map((p) => ({ x: (p.x + 0.5) / width, y: (p.y + 0.5) / height })));
  return quadArea(quad) > 0.15 ? quad : undefined;
}

/** Area of a quadrilateral (shoelace formula), in the same units squared. */
export function quadArea(quad: readonly Point[]): number {
  let twice = 0;
  quad.forEach((p, i) => {
    const q = quad[(i + 1) % quad.length] ?? p;
    twice += p.x * q.y - q.x * p.y;
  });
  return Math.abs(twice) / 2;
}
