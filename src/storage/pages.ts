import * as z from "zod/mini";
import { activeProfileId } from "./activeProfile";
import { deleteFile, getFile, putFile } from "./files";
import { defineRecordType, deleteRecord, listRecords, putRecord, recordKey } from "./records";

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
 * Stores a finished page: bytes first, the record last, so a full disk (StorageFullError) leaves the
 * document as it was; bytes already written are removed again.
 */
export async function addPage(page: PageRecord, bytes: PageBytes): Promise<void> {
  const profileId = activeProfileId.get();
  const checked = PageSchema.parse(page);
  const keys = fileKeys(profileId, checked.id);
  const owner = recordKey(profileId, PageType.kind, checked.id);
  const written: string[] = [];
  try {
    for (const [name, blob] of Object.entries(bytes)) {
      if (!(blob instanceof Blob)) continue;
      const key = keys[name === "page" ? "page" : name === "thumbnail" ? "thumbnail" : "original"];
      await putFile(profileId, key, owner, blob.type || checked.mimeType, await blob.arrayBuffer());
      written.push(key);
    }
    await putRecord(PageType, profileId, checked.id, checked);
  } catch (error) {
    await Promise.allSettled(written.map((key) => deleteFile(profileId, key)));
    throw error;
  }
}

/** Saves a changed order or rotation. */
export async function updatePage(page: PageRecord): Promise<void> {
  await putRecord(PageType, activeProfileId.get(), page.id, page);
}

/** Deletes a page and all its bytes. */
export async function deletePage(page: PageRecord): Promise<void> {
  const profileId = activeProfileId.get();
  const keys = fileKeys(profileId, page.id);
  await deleteRecord(PageType, profileId, page.id);
  await Promise.all([
    deleteFile(profileId, keys.page),
    deleteFile(profileId, keys.thumbnail),
    deleteFile(profileId, keys.original),
  ]);
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
