// The large case of the scale benchmark, written by Papiers' own storage code in Node (fake IndexedDB)
// and sealed as `.papiers` files that the browser imports like a person would.
import "fake-indexeddb/auto";
import { catalogue } from "@/catalogue";
import { type Answers, checklistFor } from "@/domain";
import {
  addPage,
  closeDatabase,
  createProfile,
  loadTransfer,
  lockNow,
  saveAnswers,
  saveDocumentStatus,
} from "@/storage";

/** A JPEG page and its thumbnail, as the capture pipeline stores them. */
export interface GeneratedPage {
  page: Uint8Array<ArrayBuffer>;
  thumbnail: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/**
 * Three reasons at once: three procedures with the longest list the catalogue gives for any three
 * (28 distinct documents, found by trying every combination of three reasons).
 */
export const THREE_PROCEDURES: Answers = {
  need: "first",
  reasons: [
    { ground: "family", detail: "spouseOfFrench" },
    { ground: "family", detail: "parentOfFrenchChild" },
    { ground: "work", detail: "employee" },
  ],
  card: "temporary",
  entry: "withVisa",
  nationality: "other",
  married: "married",
  children: "yes",
  housing: "own",
};

/** The document that gets ten pages (the one the benchmark opens). */
export const TEN_PAGE_DOCUMENT = "passport";

/**
 * Seals the large person: three procedures, every document of their list marked ready (at most
 * `documentCount`), `pages` spread over them with ten on the passport. Returns the file and what it holds.
 */
export async function largePersonFile(words: string, pages: GeneratedPage[], documentCount = 40) {
  globalThis.indexedDB = new IDBFactory();
  const id = await createProfile({ avatar: "mountain", pin: "000000", iterations: 1_000 });
  await saveAnswers(THREE_PROCEDURES);
  const { procedures, items } = checklistFor(THREE_PROCEDURES, catalogue, new Date());
  const ids = [...new Set(items.map((item) => item.documentId))];
  const chosen = [TEN_PAGE_DOCUMENT, ...ids.filter((doc) => doc !== TEN_PAGE_DOCUMENT)].slice(
    0,
    documentCount,
  );
  for (const doc of chosen) await saveDocumentStatus(doc, "have");
  // Ten pages on the passport, the rest dealt out one by one over the other documents.
  const owners = pages.map((_, index) =>
    index < 10 ? TEN_PAGE_DOCUMENT : (chosen[1 + ((index - 10) % (chosen.length - 1))] ?? TEN_PAGE_DOCUMENT),
  );
  const orders = new Map<string, number>();
  for (const [index, generated] of pages.entries()) {
    const documentId = owners[index] ?? TEN_PAGE_DOCUMENT;
    const order = orders.get(documentId) ?? 0;
    orders.set(documentId, order + 1);
    await addPage(
      {
        id: `bench-${index}`,
        documentId,
        order,
        rotation: 0,
        width: generated.width,
        height: generated.height,
        mimeType: "image/jpeg",
        byteLength: generated.page.byteLength,
        qualityFlags: [],
        keepsOriginal: false,
        createdAt: new Date(Date.UTC(2026, 10, 1, 9, 0, index)).toISOString(),
      },
      { page: new Blob([generated.page]), thumbnail: new Blob([generated.thumbnail]) },
    );
  }
  const { exportProfile } = await loadTransfer();
  const file = await exportProfile(id, words);
  lockNow();
  await closeDatabase();
  const entries = items.reduce((sum, item) => sum + item.because.length, 0);
  return { file, procedures: procedures.length, documents: chosen.length, entries, pages: pages.length };
}

/** A small person (one page), one of the others sharing the phone. */
export async function smallPersonFile(words: string, avatar: string, page: GeneratedPage) {
  globalThis.indexedDB = new IDBFactory();
  const id = await createProfile({ avatar, pin: "000000", iterations: 1_000 });
  await saveAnswers({ need: "first", reasons: [{ ground: "studies" }] });
  await addPage(
    {
      id: "bench-small",
      documentId: TEN_PAGE_DOCUMENT,
      order: 0,
      rotation: 0,
      width: page.width,
      height: page.height,
      mimeType: "image/jpeg",
      byteLength: page.page.byteLength,
      qualityFlags: [],
      keepsOriginal: false,
      createdAt: new Date(Date.UTC(2026, 10, 1)).toISOString(),
    },
    { page: new Blob([page.page]), thumbnail: new Blob([page.thumbnail]) },
  );
  const { exportProfile } = await loadTransfer();
  const file = await exportProfile(id, words);
  lockNow();
  await closeDatabase();
  return file;
}
