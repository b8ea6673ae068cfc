import { emitChange } from "../changes";
import { openDatabase } from "../database";
import { lockSession, unlockedProfile } from "./session";

/**
 * Deletes a person for good (crypto-shredding, UX.md §5.1): the wrapped key goes first, in its own
 * transaction, so that even if the phone stops half-way, what remains can never be decrypted; then
 * every record and page of theirs. Other people's data is untouched.
 */
export async function deleteProfile(id: string): Promise<void> {
  if (unlockedProfile.get()?.id === id) lockSession();
  const db = await openDatabase();
  await db.delete("profiles", id);
  emitChange({ store: "profiles", profileId: id });
  const tx = db.transaction(["records", "files"], "readwrite");
  const records = tx.objectStore("records");
  const files = tx.objectStore("files");
  const [recordKeys, fileKeys] = await Promise.all([
    records.index("byProfile").getAllKeys(id),
    files.index("byProfile").getAllKeys(id),
  ]);
  await Promise.all([
    ...recordKeys.map((key) => records.delete(key)),
    ...fileKeys.map((key) => files.delete(key)),
    tx.done,
  ]);
  emitChange({ store: "records", profileId: id });
  emitChange({ store: "files", profileId: id });
}

/**
 * Deletes everyone and everything Papiers keeps on this device (UX.md §5.1, "wipe"): the wrapped keys
 * first, so whatever a stop half-way leaves can never be decrypted; then the share inbox, the only place
 * with files in clear (lib/shareInbox.ts); then every record, page and setting.
 */
export async function deleteEverything(): Promise<void> {
  lockSession();
  const db = await openDatabase();
  await db.clear("profiles");
  emitChange({ store: "profiles" });
  // Loaded here, not at the top: this module starts with the app, the inbox only matters now (size budget).
  const { shareInbox } = await import("@/lib/shareInbox");
  await shareInbox.clear();
  const tx = db.transaction(["records", "files", "settings"], "readwrite");
  await Promise.all([
    tx.objectStore("records").clear(),
    tx.objectStore("files").clear(),
    tx.objectStore("settings").clear(),
    tx.done,
  ]);
  emitChange({ store: "records" });
  emitChange({ store: "files" });
  emitChange({ store: "settings", key: "language" });
}

/** How many records and pages a person has (for the "save a copy" reminder), without decrypting. */
export async function countProfileData(id: string): Promise<{ records: number; files: number }> {
  const db = await openDatabase();
  const [records, files] = await Promise.all([
    db.countFromIndex("records", "byProfile", id),
    db.countFromIndex("files", "byProfile", id),
  ]);
  return { records, files };
}
