import type { Point } from "./corners";

/** A 3×3 projective transform, row by row, with the last element 1. */
export type Homography = readonly number[];

/** Solves A·x = b by Gaussian elimination with partial pivoting; throws when the points are degenerate. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot] ?? [];
    if (Math.abs(pivotRow[col] ?? 0) < 1e-12) throw new RangeError("Three corners are on one line");
    [a[col], a[pivot]] = [pivotRow, a[col] ?? []];
    [b[col], b[pivot]] = [b[pivot] ?? 0, b[col] ?? 0];
    const top = a[col] ?? [];
    for (let row = col + 1; row < n; row++) {
      const current = a[row] ?? [];
      const factor = (current[col] ?? 0) / (top[col] ?? 1);
      for (let k = col; k < n; k++) current[k] = (current[k] ?? 0) - factor * (top[k] ?? 0);
      b[row] = (b[row] ?? 0) - factor * (b[col] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row] ?? 0;
    for (let k = row + 1; k < n; k++) sum -= (a[row]?.[k] ?? 0) * (x[k] ?? 0);
    x[row] = sum / (a[row]?.[row] ?? 1);
  }
  return x;
}

/** The projective transform taking each `from` point onto the matching `to` point (direct linear method). */
export function homographyFromPoints(from: readonly Point[], to: readonly Point[]): Homography {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i] ?? { x: 0, y: 0 };
    const { x: u, y: v } = to[i] ?? { x: 0, y: 0 };
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  return [...solve(a, b), 1];
}

/** Where a point lands under a homography. */
export function applyHomography(h: Homography, point: Point): Point {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, k = 0, l = 1] = h;
  const w = g * point.x + k * point.y + l;
  return { x: (a * point.x + b * point.y + c) / w, y: (d * point.x + e * point.y + f) / w };
}

/** Output size for a straightened page: the longer of each pair of opposite sides, in source pixels. */
export function straightenedSize(corners: readonly Point[]): { width: number; height: number } {
  const distance = (p: Point | undefined, q: Point | undefined) =>
    Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0));
  const [tl, tr, br, bl] = corners;
  return {
    width: Math.max(1, Math.round(Math.max(distance(tl, tr), distance(bl, br)))),
    height: Math.max(1, Math.round(Math.max(distance(tl, bl), distance(tr, br)))),
  };
}

/**
 * Straightens the quadrilateral `corners` (source pixels) of an RGBA picture into a `width`×`height`
 * rectangle: each output pixel is mapped back into the source and sampled bilinearly.
 */
export function warpPerspective(
  source: { data: Uint8ClampedArray; width: number; height: number },
  corners: readonly Point[],
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  const target = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, k = 0] = homographyFromPoints(target, corners);
  const out = new Uint8ClampedArray(new ArrayBuffer(width * height * 4));
  const { data, width: sw, height: sh } = source;
  const maxX = sw - 1;
  const maxY = sh - 1;
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    for (let x = 0; x < width; x++) {
      const px = x + 0.5;
      const w = g * px + k * py + 1;
      let sx = (a * px + b * py + c) / w - 0.5;
      let sy = (d * px + e * py + f) / w - 0.5;
      sx = Math.min(maxX, Math.max(0, sx));
      sy = Math.min(maxY, Math.max(0, sy));
      const x0 = sx | 0;
      const y0 = sy | 0;
      const x1 = x0 < maxX ? x0 + 1 : x0;
      const y1 = y0 < maxY ? y0 + 1 : y0;
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * sw + x0) * 4;
      const i10 = (y0 * sw + x1) * 4;
      const i01 = (y1 * sw + x0) * 4;
      const i11 = (y1 * sw + x1) * 4;
      const o = (y * width + x) * 4;
      for (let ch = 0; ch < 3; ch++) {
        const top = (data[i00 + ch] ?? 0) + ((data[i10 + ch] ?? 0) - (data[i00 + ch] ?? 0)) * fx;
        const bottom = (data[i01 + ch] ?? 0) + ((data[i11 + ch] ?? 0) - (data[i01 + ch] ?? 0)) * fx;
        out[o + ch] = top + (bottom - top) * fy;
      }
      out[o + 3] = 255;
    }
  }
  return out;
}
