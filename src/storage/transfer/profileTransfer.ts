import { strFromU8, strToU8 } from "fflate";
import * as z from "zod/mini";
import { emitChange } from "../changes";
import { codecFor } from "../codec";
import { openDatabase, type RecordRow } from "../database";
import { FILE_SCHEMA_VERSION, putFile } from "../files";
import { createProfile } from "../profiles/createProfile";
import { deleteProfile } from "../profiles/deleteProfile";
import { startDeskSession } from "../profiles/deskSession";
import { readProfileRow } from "../profiles/profileRows";
import { recordKey } from "../records";
import { BackupError, wholeNumber } from "./backupFile";
import { openBackupOffThread, sealBackupOffThread, sealBackupToBlobOffThread } from "./backupOffThread";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const text = z.custom<string>(
  (value) => typeof value === "string" && value.length >= 1 && value.length <= 500,
);

/** What `profile.json` inside a backup holds; every field is checked on import. */
const ContentsSchema = z.object({
  id: text,
  avatar: text,
  exportedAt: z.number(),
  records: z.array(
    z.object({
      kind: text,
      id: text,
      schemaVersion: wholeNumber(1, Number.MAX_SAFE_INTEGER),
      updatedAt: z.number(),
      json: z.custom<string>((value) => typeof value === "string" && isJson(value)),
    }),
  ),
  files: z.array(z.object({ key: text, ownerKey: text, mimeType: text, updatedAt: z.number(), entry: text })),
});

/** True when `value` is JSON text. */
function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** A backup, opened and checked, waiting for the person to choose a PIN for it. */
export interface OpenedBackup {
  id: string;
  avatar: string;
  records: Array<{ kind: string; id: string; schemaVersion: number; json: string }>;
  files: Array<{ key: string; ownerKey: string; mimeType: string; bytes: Uint8Array }>;
}

/** Every record and page of an unlocked person, decrypted, as the entries of a `.papiers` file. */
async function profileEntries(profileId: string, signal?: AbortSignal): Promise<Record<string, Uint8Array>> {
  const profile = await readProfileRow(profileId);
  if (!profile) throw new BackupError("invalid");
  const db = await openDatabase();
  // Pages are read one by one: reading a large dossier's files at once is one long task of structured
  // cloning (a quarter of a second for 120 pages on a fast machine, `npm run bench:scale`).
  const [recordRows, fileKeys] = await Promise.all([
    db.getAllFromIndex("records", "byProfile", profileId),
    db.getAllKeysFromIndex("files", "byProfile", profileId),
  ]);
  const codec = codecFor(profileId);
  const entries: Record<string, Uint8Array> = {};
  const records = await Promise.all(
    recordRows.map(async (row) => ({
      kind: row.kind,
      id: row.id,
      schemaVersion: row.schemaVersion,
      updatedAt: row.updatedAt,
      json: utf8.decode(
        await codec.decode(row.payload, { profileId, key: row.key, schemaVersion: row.schemaVersion }),
      ),
    })),
  );
  const files: Array<{ key: string; ownerKey: string; mimeType: string; updatedAt: number; entry: string }> =
    [];
  for (const key of fileKeys) {
    signal?.throwIfAborted();
    const row = await db.get("files", key);
    if (!row) continue;
    const entry = `files/${files.length}.bin`;
    entries[entry] = await codec.decode(row.payload, {
      profileId,
      key: row.key,
      schemaVersion: FILE_SCHEMA_VERSION,
    });
    files.push({
      key: row.key,
      ownerKey: row.ownerKey,
      mimeType: row.mimeType,
      updatedAt: row.updatedAt,
      entry,
    });
  }
  const contents = { id: profileId, avatar: profile.avatar, exportedAt: Date.now(), records, files };
  entries["profile.json"] = strToU8(JSON.stringify(contents));
  return entries;
}

/** Writes every record and page of an unlocked person into a `.papiers` file sealed by `passphrase`. */
export async function exportProfile(
  profileId: string,
  passphrase: string,
  options: { iterations?: number; signal?: AbortSignal | undefined } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return sealBackupOffThread(await profileEntries(profileId, options.signal), passphrase, options);
}

/** The same file as `exportProfile`, as a Blob ready to save or share (made off the main thread). */
export async function exportProfileBlob(
  profileId: string,
  passphrase: string,
  options: { iterations?: number; signal?: AbortSignal | undefined } = {},
): Promise<Blob> {
  return sealBackupToBlobOffThread(await profileEntries(profileId, options.signal), passphrase, options);
}

/** Opens and checks a `.papiers` file; nothing is written yet. */
export async function openProfileBackup(
  file: Uint8Array | Blob,
  passphrase: string,
  signal?: AbortSignal,
): Promise<OpenedBackup> {
  const entries = await openBackupOffThread(file, passphrase, signal);
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(entries["profile.json"] ?? new Uint8Array()));
  } catch (error) {
    throw new BackupError("invalid", { cause: error });
  }
  const parsed = ContentsSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError("invalid", { cause: parsed.error });
  const files = parsed.data.files.map((file) => {
    const bytes = entries[file.entry];
    if (!bytes) throw new BackupError("invalid");
    return { key: file.key, ownerKey: file.ownerKey, mimeType: file.mimeType, bytes };
  });
  const { id, avatar, records } = parsed.data;
  return { id, avatar, records, files };
}

/** True when a person with this id is already on the device (import must ask before replacing). */
export async function profileExists(id: string): Promise<boolean> {
  return (await readProfileRow(id)) !== undefined;
}

/**
 * Saves an opened backup as a person protected by `pin`, and unlocks them. An existing person with the
 * same id is replaced only when asked; otherwise the backup becomes a new person beside them.
 */
export async function restoreProfile(
  backup: OpenedBackup,
  options: { pin: string; replaceExisting: boolean; language?: string; iterations?: number },
): Promise<string> {
  const exists = await profileExists(backup.id);
  if (exists && options.replaceExisting) await deleteProfile(backup.id);
  const keepId = !exists || options.replaceExisting;
  const id = await createProfile({
    avatar: backup.avatar,
    pin: options.pin,
    ...(keepId ? { id: backup.id } : {}),
    ...(options.iterations ? { iterations: options.iterations } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  await writeBackupRows(backup, id);
  return id;
}

/** Opens an opened backup for this visit only, in a desk session: nothing of it outlives the session. */
export async function restoreIntoDeskSession(backup: OpenedBackup): Promise<string> {
  const id = await startDeskSession();
  await writeBackupRows(backup, id);
  return id;
}

/** Writes a backup's records and pages under the unlocked profile `id`, through its codec. */
async function writeBackupRows(backup: OpenedBackup, id: string): Promise<void> {
  const moved = (key: string) =>
    key.startsWith(`${backup.id}:`) ? `${id}${key.slice(backup.id.length)}` : key;
  // File keys live in one store for everyone: a key without the person's id (older journal screenshots)
  // would overwrite the same key of the person already on the phone. Each file gets the new person's
  // prefix, and records pointing to it follow.
  const fileKey = (key: string) => (key.startsWith(`${backup.id}:`) ? moved(key) : `${id}:${key}`);
  const renamed = new Map(backup.files.map((file) => [file.key, fileKey(file.key)]));
  const codec = codecFor(id);
  const rows: RecordRow[] = await Promise.all(
    backup.records.map(async (record) => {
      const key = recordKey(id, record.kind, record.id);
      const context = { profileId: id, key, schemaVersion: record.schemaVersion };
      const json = JSON.stringify(JSON.parse(record.json), (_, value) =>
        typeof value === "string" ? (renamed.get(value) ?? value) : value,
      );
      const payload = await codec.encode(strToU8(json), context);
      return {
        key,
        profileId: id,
        kind: record.kind,
        id: record.id,
        schemaVersion: record.schemaVersion,
        updatedAt: Date.now(),
        payload,
      };
    }),
  );
  const db = await openDatabase();
  const tx = db.transaction("records", "readwrite");
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  emitChange({ store: "records", profileId: id });
  for (const file of backup.files) {
    await putFile(id, fileKey(file.key), moved(file.ownerKey), file.mimeType, file.bytes.slice().buffer);
  }
}
