/** One page of a document as the upload planner sees it. */
export interface PlannedPage {
  kind: "jpeg" | "pdf";
  bytes: number;
}

/** What to do with one document so that its upload file stays under the limit. */
export type UploadPlan =
  | { action: "keep" }
  /** Re-encode the photos: each JPEG page gets its share of the room left (in page order; 0 for PDFs). */
  | { action: "recompress"; pageBudgets: number[] }
  /** Even with the photos at their smallest, imported PDFs and the file's own weight pass the limit. */
  | { action: "tooBig" };

/** Room kept free under the limit: a PDF's own objects grow a little with every page. */
export const LIMIT_MARGIN = 0.03;

/**
 * Plans one document's upload file from its pages' bytes and the PDF's own weight (`overhead`): keep it,
 * shrink its photos in proportion to their size, or say plainly that it cannot fit.
 */
export function planUpload(pages: readonly PlannedPage[], overhead: number, limit: number): UploadPlan {
  const total = pages.reduce((sum, page) => sum + page.bytes, overhead);
  if (total <= limit) return { action: "keep" };
  const photos = pages.filter((page) => page.kind === "jpeg").reduce((sum, page) => sum + page.bytes, 0);
  const fixed = total - photos;
  const room = limit * (1 - LIMIT_MARGIN) - fixed;
  // Below a few kilobytes a page photo is no longer readable: better say it does not fit.
  const smallestReadable = 8_000 * pages.filter((page) => page.kind === "jpeg").length;
  if (photos === 0 || room < smallestReadable) return { action: "tooBig" };
  return {
    action: "recompress",
    pageBudgets: pages.map((page) => (page.kind === "jpeg" ? Math.floor((room * page.bytes) / photos) : 0)),
  };
}

/** One try at re-encoding a photo: its scale and JPEG quality. */
export interface EncodingStep {
  scale: number;
  quality: number;
}

/**
 * The tries, gentlest first: lower JPEG quality before fewer pixels, as text stays readable longer at
 * lower quality than at lower resolution; the last try is about 100 dpi on A4.
 */
export const ENCODING_LADDER: readonly EncodingStep[] = [
  { scale: 1, quality: 0.7 },
  { scale: 1, quality: 0.55 },
  { scale: 0.85, quality: 0.5 },
  { scale: 0.7, quality: 0.5 },
  { scale: 0.6, quality: 0.45 },
  { scale: 0.5, quality: 0.4 },
];

/** The first step of the ladder worth trying for a page that must go from `bytes` to `budget`. */
export function firstStepFor(bytes: number, budget: number): number {
  const ratio = budget / bytes;
  if (ratio >= 0.8) return 0;
  if (ratio >= 0.6) return 1;
  if (ratio >= 0.45) return 2;
  if (ratio >= 0.3) return 3;
  if (ratio >= 0.2) return 4;
  return 5;
}
