/** The result of the quality search: the encoded bytes and the quality that produced them. */
export interface SearchResult<T extends { size: number }> {
  output: T;
  quality: number;
  /** True when even the lowest readable quality stays above the target: make the page smaller. */
  overTarget: boolean;
}

/** Bounds of the JPEG quality search: below 0.5 small text blurs into blocks; above 0.85 bytes buy little. */
export const QUALITY_RANGE = { min: 0.5, max: 0.85, encodes: 5 } as const;

/** Close enough: a fitting output within this share of the target is kept. */
const GOOD_ENOUGH = 0.94;

/**
 * Finds a high JPEG quality whose output stays under `targetBytes` with few encodes (each one costs
 * ~100 ms on a 3 MP page): one encode when the best quality already fits; otherwise the secant method on
 * size against quality, kept inside a bracket, stopping once a fitting output is within 6 % of the target.
 */
export async function searchQuality<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  targetBytes: number,
  range: { min: number; max: number; encodes: number } = QUALITY_RANGE,
): Promise<SearchResult<T>> {
  const first = await encode(range.max);
  if (first.size <= targetBytes) return { output: first, quality: range.max, overTarget: false };
  // Too big at `high`; `low` is the best fitting point found so far (none yet).
  let high = { quality: range.max, size: first.size };
  let low: { quality: number; output: T } | undefined;
  let previous = high;
  let quality = range.max - 0.15;
  for (let count = 1; count < range.encodes; count++) {
    quality = Math.min(high.quality - 0.005, Math.max(low?.quality ?? range.min, quality));
    const output = await encode(quality);
    if (output.size <= targetBytes) {
      low = { quality, output };
      if (output.size >= targetBytes * GOOD_ENOUGH || high.quality - quality < 0.02) break;
    } else {
      high = { quality, size: output.size };
      if (quality <= range.min) break;
    }
    // Aim slightly under the target along the line through the last two points.
    const slope = (output.size - previous.size) / (quality - previous.quality);
    const aim = targetBytes * 0.97;
    quality =
      slope > 0
        ? quality + (aim - output.size) / slope
        : (low?.quality ?? range.min) + (high.quality - (low?.quality ?? range.min)) / 2;
    previous = { quality: low?.output === output ? low.quality : high.quality, size: output.size };
  }
  if (low) return { output: low.output, quality: low.quality, overTarget: false };
  const lowest = await encode(range.min);
  return { output: lowest, quality: range.min, overTarget: lowest.size > targetBytes };
}
