/**
 * What lives where (one IndexedDB database, "papiers"):
 * - `settings`: device-wide, non-personal preferences readable before any profile is unlocked
 *   (the language of the start screen). Plain values, checked by a schema on read.
 * - `records`: everything a person enters (answers, statuses, dates…), one row per record, its payload
 *   passed through the profile's codec (encrypted once a profile has a key).
 * - `files`: page images and PDFs, as bytes through the same codec, never as Blobs: WebKit can fail to
 *   store Blobs (GoogleChrome/workbox#1908) and ArrayBuffers clone cleanly everywhere.
 * - `profiles` (version 2): one row per person on the phone: the picture they chose and their data key,
 *   wrapped by their PIN (never a name). Deleting the row first is what makes deletion final.
 * - `audioClips` (version 3): recorded prompts from audio packs and the studio, one row per language and
 *   text key. Not personal data: plain bytes, not encrypted, kept when a person is deleted.
 * Nothing personal is ever written to localStorage, the Cache API or a URL.
 */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { createObservable } from "@/lib/createObservable";
import type { StoredPayload } from "./codec";
import type { WrappedKey } from "./crypto";
import { migrations } from "./migrations";

export const DB_NAME = "papiers";
export const DB_VERSION = migrations.length;

/** A record row; only `payload` holds the person's data. */
export interface RecordRow {
  key: string;
  profileId: string;
  kind: string;
  id: string;
  schemaVersion: number;
  updatedAt: number;
  payload: StoredPayload;
}

/** A file row: the bytes of one page or document, through the codec. */
export interface FileRow {
  key: string;
  profileId: string;
  ownerKey: string;
  mimeType: string;
  updatedAt: number;
  payload: StoredPayload;
}

/** A device setting row. */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** A profile row: a picture, never a name; the data key only in wrapped form (see profiles/). */
export interface ProfileRow {
  id: string;
  avatar: string;
  kind: "person" | "desk";
  createdAt: number;
  unlocks: Array<{ method: "pin" | "picture" } & WrappedKey>;
  failedAttempts: number;
  retryAt: number;
}

/** A recorded prompt: the clip of one text key in one language, with the hash of the text it reads. */
export interface AudioClipRow {
  /** `<language>/<namespace>:<key>`. */
  id: string;
  language: string;
  key: string;
  textHash: string;
  mimeType: string;
  bytes: ArrayBuffer;
  recordedAt: number;
}

/** The whole schema, as idb types it. */
export interface PapiersDB extends DBSchema {
  settings: { key: string; value: SettingRow };
  records: { key: string; value: RecordRow; indexes: { byProfile: string; byProfileKind: [string, string] } };
  files: { key: string; value: FileRow; indexes: { byProfile: string; byOwner: string } };
  profiles: { key: string; value: ProfileRow };
  audioClips: { key: string; value: AudioClipRow; indexes: { byLanguage: string } };
}

/** Health of the connection, shown by the app shell when another tab gets in the way. */
export type DatabaseStatus = "ok" | "blocked" | "replaced" | "terminated";
export const databaseStatus = createObservable<DatabaseStatus>("ok");

let opening: Promise<IDBPDatabase<PapiersDB>> | undefined;

/** Opens (and upgrades) the database once per tab; later calls share the connection. */
export function openDatabase(): Promise<IDBPDatabase<PapiersDB>> {
  opening ??= openDB<PapiersDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      migrations.forEach((migrate, index) => {
        if (oldVersion < index + 1) migrate(db, transaction);
      });
    },
    // An older tab holds the database open: this one waits until it closes.
    blocked() {
      databaseStatus.set("blocked");
    },
    // A newer version wants to upgrade in another tab: step aside so it can, and say so.
    blocking() {
      void closeDatabase();
      databaseStatus.set("replaced");
    },
    // The browser closed the connection (storage cleared, disk error): the next call reopens.
    terminated() {
      opening = undefined;
      databaseStatus.set("terminated");
    },
  }).then((db) => {
    databaseStatus.set("ok");
    return db;
  });
  return opening;
}

/**
 * False only when the browser says Papiers' database was never made: a new phone. Reads that find nothing
 * then skip creating it, so a first load does not spend a long task making empty stores before the
 * language choice is drawn; the first write makes it. True wherever the browser cannot tell.
 */
export async function databaseMayExist(): Promise<boolean> {
  if (opening || typeof indexedDB?.databases !== "function") return true;
  try {
    return (await indexedDB.databases()).some((info) => info.name === DB_NAME);
  } catch {
    return true;
  }
}

/** Closes the shared connection (tests, and when another tab upgrades). */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}
