import type { IDBPTransaction } from "idb";
import * as z from "zod/mini";
import { activeProfileId } from "./activeProfile";
import { emitChange } from "./changes";
import { type FileRow, openDatabase, type PapiersDB } from "./database";
import { encodeRecord } from "./encodeRecord";
import { isQuotaError, StorageFullError } from "./errors";
import { encodeFile, getFile } from "./files";
import { trackWrite } from "./pendingWrites";
import { requestPersistence } from "./persistence";
import { defineRecordType, listRecords, putRecord, recordKey } from "./records";

// The pages of a document: metadata as a "page" record, bytes (page, thumbnail and, only when the person
// asks, the original photo) as files. Everything is scoped to the active profile and goes through its codec.

const PageSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  order: z.number(),
  /** Quarter turns to apply when showing or printing, clockwise: 0, 90, 180 or 270 degrees. */
  // A predicate, not z.union of literals: zod's union and literal code would join the first screen's bundle.
  rotation: z.custom<0 | 90 | 180 | 270>(
    (value) => value === 0 || value === 90 || value === 180 || value === 270,
  ),
  width: z.number(),
  height: z.number(),
  mimeType: z.enum(["image/jpeg", "application/pdf"]),
  byteLength: z.number(),
  /** Number of pages inside a PDF; absent for a photo. */
  pdfPageCount: z.optional(z.number()),
  qualityFlags: z.array(z.enum(["dark", "blurry", "small", "cutOff"])),
  /** Whether the original photo was kept beside the page, at the person's request. */
  keepsOriginal: z.boolean(),
  createdAt: z.string(),
});

/** One page of a document as stored. */
export type PageRecord = z.infer<typeof PageSchema>;

const PageType = defineRecordType("page", 1, PageSchema);

/** The bytes to store with a new page. */
export interface PageBytes {
  page: Blob;
  thumbnail?: Blob;
  original?: Blob;
}

const fileKeys = (profileId: string, id: string) => ({
  page: `${profileId}:page:${id}`,
  thumbnail: `${profileId}:thumb:${id}`,
  original: `${profileId}:original:${id}`,
});

/** The pages of a document, in their order. */
export async function listPages(documentId: string): Promise<PageRecord[]> {
  const all = await listRecords(PageType, activeProfileId.get());
  return all
    .map((entry) => entry.value)
    .filter((page) => page.documentId === documentId)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Stores a finished page: its bytes and its record in one transaction, encoded before it opens. A full
 * disk (StorageFullError) or any failure half-way aborts it whole: the document stays as it was, with
 * no stray bytes left behind.
 */
export function addPage(page: PageRecord, bytes: PageBytes): Promise<void> {
  return trackWrite(storePage(activeProfileId.get(), page, bytes));
}

async function storePage(profileId: string, page: PageRecord, bytes: PageBytes): Promise<void> {
  const checked = PageSchema.parse(page);
  const keys = fileKeys(profileId, checked.id);
  const owner = recordKey(profileId, PageType.kind, checked.id);
  const files: FileRow[] = [];
  for (const name of ["page", "thumbnail", "original"] as const) {
    const blob = bytes[name];
    if (!(blob instanceof Blob)) continue;
    const type = blob.type || checked.mimeType;
    files.push(await encodeFile(profileId, keys[name], owner, type, await blob.arrayBuffer()));
  }
  const record = await encodeRecord(PageType, profileId, checked.id, checked);
  await inOneTransaction((tx) => [
    ...files.map((row) => () => tx.objectStore("files").put(row)),
    () => tx.objectStore("records").put(record),
  ]);
  emitChange({ store: "files", profileId });
  emitChange({ store: "records", profileId, kind: PageType.kind, key: record.key });
  void requestPersistence();
}

type PagesTransaction = IDBPTransaction<PapiersDB, ["files", "records"], "readwrite">;

/** Runs writes over files and records as one transaction: all of them happen, or none. */
async function inOneTransaction(
  writes: (tx: PagesTransaction) => Array<() => Promise<unknown>>,
): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(["files", "records"], "readwrite");
  const pending: Promise<unknown>[] = [tx.done];
  try {
    for (const write of writes(tx)) pending.push(write());
    await Promise.all(pending);
  } catch (error) {
    // The other requests fail with the transaction: expected, not unhandled.
    for (const request of pending) request.catch(() => undefined);
    // A write that threw before reaching IndexedDB leaves the transaction open: end it without a trace.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}

/** Saves a changed order or rotation. */
export async function updatePage(page: PageRecord): Promise<void> {
  await putRecord(PageType, activeProfileId.get(), page.id, page);
}

/** Deletes a page and all its bytes, in one transaction. */
export async function deletePage(page: PageRecord): Promise<void> {
  const profileId = activeProfileId.get();
  const keys = fileKeys(profileId, page.id);
  const key = recordKey(profileId, PageType.kind, page.id);
  await inOneTransaction((tx) => [
    () => tx.objectStore("records").delete(key),
    ...Object.values(keys).map((fileKey) => () => tx.objectStore("files").delete(fileKey)),
  ]);
  emitChange({ store: "records", profileId, kind: PageType.kind, key });
  emitChange({ store: "files", profileId });
}

/** A page's thumbnail (or, for a PDF, nothing) as a Blob to show. */
export async function readPageThumbnail(page: PageRecord): Promise<Blob | undefined> {
  const profileId = activeProfileId.get();
  const file = await getFile(profileId, fileKeys(profileId, page.id).thumbnail);
  return file ? new Blob([file.bytes], { type: file.mimeType }) : undefined;
}

/** A page's stored bytes (JPEG or PDF) as a Blob. */
export async function readPageBytes(page: PageRecord): Promise<Blob | undefined> {
  const profileId = activeProfileId.get();
  const file = await getFile(profileId, fileKeys(profileId, page.id).page);
  return file ? new Blob([file.bytes], { type: file.mimeType }) : undefined;
}
