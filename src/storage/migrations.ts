import type { IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import type { PapiersDB } from "./database";

type UpgradeTransaction = IDBPTransaction<PapiersDB, StoreNames<PapiersDB>[], "versionchange">;

/** One schema step; step N brings a database from version N-1 to version N. Never edit a shipped step. */
export type Migration = (db: IDBPDatabase<PapiersDB>, transaction: UpgradeTransaction) => void;

/** Version 1: settings, records and files, with the indexes every screen reads by. */
function createInitialStores(db: IDBPDatabase<PapiersDB>): void {
  db.createObjectStore("settings", { keyPath: "key" });
  const records = db.createObjectStore("records", { keyPath: "key" });
  records.createIndex("byProfile", "profileId");
  records.createIndex("byProfileKind", ["profileId", "kind"]);
  const files = db.createObjectStore("files", { keyPath: "key" });
  files.createIndex("byProfile", "profileId");
  files.createIndex("byOwner", "ownerKey");
}

/** Version 2: one row per person on the phone, holding their wrapped data key (shared-phone profiles). */
function addProfilesStore(db: IDBPDatabase<PapiersDB>): void {
  db.createObjectStore("profiles", { keyPath: "id" });
}

/** Version 3: recorded prompts (audio packs), by language; not personal, so outside any profile. */
function addAudioClipsStore(db: IDBPDatabase<PapiersDB>): void {
  db.createObjectStore("audioClips", { keyPath: "id" }).createIndex("byLanguage", "language");
}

/** The steps in order; the database version is their count. */
export const migrations: readonly Migration[] = [createInitialStores, addProfilesStore, addAudioClipsStore];
