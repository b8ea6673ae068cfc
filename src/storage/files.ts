import { emitChange } from "./changes";
import { codecFor, type PayloadContext } from "./codec";
import { type FileRow, openDatabase } from "./database";
import { isQuotaError, StorageFullError } from "./errors";
import { trackWrite } from "./pendingWrites";
import { requestPersistence } from "./persistence";

/** Version of the file payload layout, bound into an encrypting codec's additional data. */
export const FILE_SCHEMA_VERSION = 1;

/** A stored file as callers see it: plain bytes and their type. */
export interface StoredFile {
  key: string;
  ownerKey: string;
  mimeType: string;
  bytes: ArrayBuffer;
}

/** A file's bytes encoded by the profile's codec, ready to put (no transaction opened yet). */
export async function encodeFile(
  profileId: string,
  key: string,
  ownerKey: string,
  mimeType: string,
  bytes: ArrayBuffer,
): Promise<FileRow> {
  const context: PayloadContext = { profileId, key, schemaVersion: FILE_SCHEMA_VERSION };
  const payload = await codecFor(profileId).encode(new Uint8Array(bytes), context);
  return { key, profileId, ownerKey, mimeType, updatedAt: Date.now(), payload };
}

/** Writes the bytes of a page or document (already processed: no image work happens here). */
export function putFile(
  profileId: string,
  key: string,
  ownerKey: string,
  mimeType: string,
  bytes: ArrayBuffer,
): Promise<void> {
  return trackWrite(storeFile(profileId, key, ownerKey, mimeType, bytes));
}

async function storeFile(
  profileId: string,
  key: string,
  ownerKey: string,
  mimeType: string,
  bytes: ArrayBuffer,
): Promise<void> {
  const row = await encodeFile(profileId, key, ownerKey, mimeType, bytes);
  const db = await openDatabase();
  try {
    await db.put("files", row);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
  emitChange({ store: "files", profileId, key });
  void requestPersistence();
}

/** Reads a file's bytes back, decoded; undefined when it does not exist. */
export async function getFile(profileId: string, key: string): Promise<StoredFile | undefined> {
  const db = await openDatabase();
  const row = await db.get("files", key);
  if (!row || row.profileId !== profileId) return undefined;
  const context: PayloadContext = { profileId, key, schemaVersion: FILE_SCHEMA_VERSION };
  const bytes = await codecFor(profileId).decode(row.payload, context);
  return { key, ownerKey: row.ownerKey, mimeType: row.mimeType, bytes: bytes.slice().buffer };
}

/** Deletes a file. */
export async function deleteFile(profileId: string, key: string): Promise<void> {
  const db = await openDatabase();
  await db.delete("files", key);
  emitChange({ store: "files", profileId, key });
}
