import type { BordereauEntry, PacketPieceInput, PageProblem } from "@/print";
import { listPages, readPageBytes } from "@/storage";

/** The ready documents with their stored pages' bytes, and the pages that could not be read back. */
export interface ReadPieces {
  pieces: PacketPieceInput[];
  problems: PageProblem[];
}

/**
 * Reads every page of the bordereau's documents from storage (decrypted here, on the page, since the
 * key never leaves it). A page whose record or bytes cannot be read is named, and the rest goes on.
 */
export async function readPieces(
  bordereau: readonly BordereauEntry[],
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<ReadPieces> {
  const problems: PageProblem[] = [];
  const listed = await Promise.all(bordereau.map((entry) => listPages(entry.documentId)));
  const total = listed.reduce((sum, pages) => sum + pages.length, 0);
  let done = 0;
  const pieces: PacketPieceInput[] = [];
  for (const [index, entry] of bordereau.entries()) {
    const pages: PacketPieceInput["pages"] = [];
    for (const [at, page] of (listed[index] ?? []).entries()) {
      signal.throwIfAborted();
      const position = at + 1;
      try {
        const blob = await readPageBytes(page);
        if (!blob) throw new Error("The page's bytes are missing");
        const kind = page.mimeType === "application/pdf" ? "pdf" : "jpeg";
        pages.push({ kind, bytes: await blob.arrayBuffer(), rotation: page.rotation, position });
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") throw error;
        problems.push({ number: entry.number, position });
      }
      done += 1;
      onProgress(done, total);
    }
    pieces.push({ number: entry.number, frenchName: entry.frenchName, pages });
  }
  return { pieces, problems };
}

/** How many pages each document has in storage, to show before anything is built. */
export async function countPages(bordereau: readonly BordereauEntry[]): Promise<number[]> {
  return Promise.all(
    bordereau.map(async (entry) =>
      (await listPages(entry.documentId)).reduce((sum, page) => sum + (page.pdfPageCount ?? 1), 0),
    ),
  );
}
