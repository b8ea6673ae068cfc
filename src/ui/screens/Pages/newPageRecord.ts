import type { RenderedPage } from "@/capture";
import type { PageRecord } from "@/storage";

/** The record of a new page: after the last one, or in the place of the page it retakes. */
export function newPageRecord(
  documentId: string,
  existing: readonly PageRecord[],
  content:
    | { kind: "photo"; rendered: RenderedPage; keepsOriginal: boolean }
    | { kind: "pdf"; file: Blob; pageCount: number },
  replacing: PageRecord | undefined,
  now: Date,
): PageRecord {
  const order = replacing?.order ?? existing.reduce((max, page) => Math.max(max, page.order), 0) + 1;
  const common = {
    id: crypto.randomUUID(),
    documentId,
    order,
    rotation: 0 as const,
    createdAt: now.toISOString(),
  };
  if (content.kind === "pdf") {
    return {
      ...common,
      width: 0,
      height: 0,
      mimeType: "application/pdf",
      byteLength: content.file.size,
      pdfPageCount: content.pageCount,
      qualityFlags: [],
      keepsOriginal: false,
    };
  }
  const { rendered } = content;
  return {
    ...common,
    width: rendered.width,
    height: rendered.height,
    mimeType: "image/jpeg",
    byteLength: rendered.page.size,
    qualityFlags: rendered.flags,
    keepsOriginal: content.keepsOriginal,
  };
}

/** The next quarter turn, clockwise. */
export function nextRotation(rotation: PageRecord["rotation"]): PageRecord["rotation"] {
  if (rotation === 0) return 90;
  if (rotation === 90) return 180;
  if (rotation === 180) return 270;
  return 0;
}
