/** The largest size with the same shape whose long edge is at most `maxLongEdge` (never enlarges). */
export function fitWithin(
  width: number,
  height: number,
  maxLongEdge: number,
): { width: number; height: number; scale: number } {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxLongEdge || longEdge === 0) return { width, height, scale: 1 };
  const scale = maxLongEdge / longEdge;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  };
}
