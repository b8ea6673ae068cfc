import type { Parser } from "@/lib/guards";
import { emitChange } from "./changes";
import { codecFor, type PayloadContext } from "./codec";
import { openDatabase, type RecordRow } from "./database";
import { CorruptRecordError, isQuotaError, StorageFullError } from "./errors";
import { trackWrite } from "./pendingWrites";

/**
 * A kind of record: its name, the version of its shape, the schema every read is parsed with (a zod schema,
 * or a hand-written parser where zod must stay out of start-up), and how to
 * bring an older stored shape up to date.
 */
export interface RecordType<T> {
  kind: string;
  version: number;
  schema: Parser<T>;
  upgrade?: (stored: unknown, fromVersion: number) => unknown;
}

/** Declares a record type (keeps the schema and its TypeScript type together). */
export function defineRecordType<T>(
  kind: string,
  version: number,
  schema: Parser<T>,
  upgrade?: (stored: unknown, fromVersion: number) => unknown,
): RecordType<T> {
  return upgrade ? { kind, version, schema, upgrade } : { kind, version, schema };
}

/** The primary key of a record. */
export function recordKey(profileId: string, kind: string, id: string): string {
  return `${profileId}:${kind}:${id}`;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/** Writes a record: validated, encoded by the profile's codec, then stored in one transaction. */
export function putRecord<T>(type: RecordType<T>, profileId: string, id: string, value: T): Promise<void> {
  return trackWrite(storeRecord(type, profileId, id, value));
}

async function storeRecord<T>(type: RecordType<T>, profileId: string, id: string, value: T): Promise<void> {
  const parsed = type.schema.parse(value);
  const key = recordKey(profileId, type.kind, id);
  const context: PayloadContext = { profileId, key, schemaVersion: type.version };
  // Encode before opening the transaction: awaiting other work inside it would end it (idb README).
  const payload = await codecFor(profileId).encode(encoder.encode(JSON.stringify(parsed)), context);
  const row: RecordRow = {
    key,
    profileId,
    kind: type.kind,
    id,
    schemaVersion: type.version,
    updatedAt: Date.now(),
    payload,
  };
  const db = await openDatabase();
  try {
    await db.put("records", row);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
  emitChange({ store: "records", profileId, kind: type.kind, key });
}

/** Decodes and parses one stored row; anything that does not fit becomes a CorruptRecordError. */
async function readRow<T>(type: RecordType<T>, row: RecordRow): Promise<T> {
  const context: PayloadContext = {
    profileId: row.profileId,
    key: row.key,
    schemaVersion: row.schemaVersion,
  };
  const bytes = await codecFor(row.profileId).decode(row.payload, context);
  try {
    let value: unknown = JSON.parse(decoder.decode(bytes));
    if (row.schemaVersion < type.version) {
      if (!type.upgrade) throw new Error(`No upgrade from version ${row.schemaVersion}`);
      value = type.upgrade(value, row.schemaVersion);
    }
    return type.schema.parse(value);
  } catch (error) {
    throw new CorruptRecordError(row.key, { cause: error });
  }
}

/** Reads one record, or undefined when there is none. */
export async function getRecord<T>(
  type: RecordType<T>,
  profileId: string,
  id: string,
): Promise<T | undefined> {
  const db = await openDatabase();
  const row = await db.get("records", recordKey(profileId, type.kind, id));
  return row ? readRow(type, row) : undefined;
}

/** Reads every record of a kind for a profile, with its id. */
export async function listRecords<T>(
  type: RecordType<T>,
  profileId: string,
): Promise<Array<{ id: string; value: T }>> {
  const db = await openDatabase();
  const rows = await db.getAllFromIndex("records", "byProfileKind", [profileId, type.kind]);
  return Promise.all(rows.map(async (row) => ({ id: row.id, value: await readRow(type, row) })));
}

/** Deletes one record. */
export async function deleteRecord<T>(type: RecordType<T>, profileId: string, id: string): Promise<void> {
  const key = recordKey(profileId, type.kind, id);
  const db = await openDatabase();
  await db.delete("records", key);
  emitChange({ store: "records", profileId, kind: type.kind, key });
}
