/** The result of the quality search: the encoded bytes and the quality that produced them. */
export interface SearchResult<T extends { size: number }> {
  output: T;
  quality: number;
  /** True when even the lowest readable quality stays above the target: make the page smaller. */
  overTarget: boolean;
}

/** Bounds of the JPEG quality search: below 0.5 small text blurs into blocks; above 0.85 bytes buy little. */
export const QUALITY_RANGE = { min: 0.5, max: 0.85, steps: 4 } as const;

/**
 * Finds the highest JPEG quality whose output stays under `targetBytes`, by bisection: one encode when
 * the best quality already fits, at most `steps + 2` otherwise.
 */
export async function searchQuality<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  targetBytes: number,
  range: { min: number; max: number; steps: number } = QUALITY_RANGE,
): Promise<SearchResult<T>> {
  const best = await encode(range.max);
  if (best.size <= targetBytes) return { output: best, quality: range.max, overTarget: false };
  const worst = await encode(range.min);
  if (worst.size > targetBytes) return { output: worst, quality: range.min, overTarget: true };
  let low = range.min;
  let high = range.max;
  let fit = { output: worst, quality: range.min };
  for (let step = 0; step < range.steps; step++) {
    const middle = (low + high) / 2;
    const output = await encode(middle);
    if (output.size <= targetBytes) {
      fit = { output, quality: middle };
      low = middle;
    } else {
      high = middle;
    }
  }
  return { ...fit, overTarget: false };
}
