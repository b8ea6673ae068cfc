/** The result of the quality search: the encoded bytes and the quality that produced them. */
export interface SearchResult<T extends { size: number }> {
  output: T;
  quality: number;
  /** True when even the lowest readable quality stays above the target: make the page smaller. */
  overTarget: boolean;
}

/** Bounds of the JPEG quality search: below 0.5 small text blurs into blocks; above 0.85 bytes buy little. */
export const QUALITY_RANGE = { min: 0.5, max: 0.85, encodes: 5 } as const;

/**
 * Where under the byte target a page lands, as shares of the target. Filling the target to the brim buys
 * little: on 12 MP photos of printed pages the last 15 % of bytes raise SSIM by about 0.01
 * (`npm run bench:capture`). Landing at 75–85 % of the default 350 kB keeps a six-page document inside one
 * 2 MB upload file, the strictest plausible limit (DOMAIN.md §5.5).
 */
export const LANDING = { low: 0.75, aim: 0.8, high: 0.85 } as const;

/** JPEG bytes grow about e^(3·quality) on photos of pages: the first guess when only one size is known. */
const GROWTH = 3;

/**
 * Finds the JPEG quality that lands a page between `LANDING.low` and `LANDING.high` of `targetBytes` with
 * few encodes (each one costs ~60 ms on a 3 MP page): one encode when the best quality already lands under
 * it; otherwise guesses along log(size) against quality, kept inside the bracket of what is known to be too
 * big and what fits. A page that only fits the target itself (not the landing) is kept rather than made
 * worse; `overTarget` says when even the lowest quality does not fit.
 */
export async function searchQuality<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  targetBytes: number,
  range: { min: number; max: number; encodes: number } = QUALITY_RANGE,
): Promise<SearchResult<T>> {
  const high = targetBytes * LANDING.high;
  const low = targetBytes * LANDING.low;
  const aim = Math.log(targetBytes * LANDING.aim);
  const first = await encode(range.max);
  if (first.size <= high) return { output: first, quality: range.max, overTarget: false };
  // `above`: the lowest quality known to land too high; `below`: the highest known to land under `high`.
  let above = { quality: range.max, output: first };
  let below: { quality: number; output: T } | undefined;
  let last = above;
  let slope = GROWTH;
  for (let count = 1; count < range.encodes; count++) {
    const floor = below ? below.quality + 0.005 : range.min;
    const guess = last.quality + (aim - Math.log(last.output.size)) / slope;
    const quality = Math.min(above.quality - 0.005, Math.max(floor, guess));
    const output = await encode(quality);
    const point = { quality, output };
    if (output.size <= high) {
      below = point;
      if (output.size >= low || above.quality - quality < 0.02) break;
    } else {
      above = point;
      if (quality <= range.min) break;
    }
    const measured = (Math.log(output.size) - Math.log(last.output.size)) / (quality - last.quality);
    slope = Number.isFinite(measured) && measured > 0.5 ? measured : GROWTH;
    last = point;
  }
  if (below) return { output: below.output, quality: below.quality, overTarget: false };
  // Nothing landed: the lowest quality tried is the smallest page; it may still fit the target itself.
  const lowest = above.quality <= range.min ? above : { quality: range.min, output: await encode(range.min) };
  return { output: lowest.output, quality: lowest.quality, overTarget: lowest.output.size > targetBytes };
}
