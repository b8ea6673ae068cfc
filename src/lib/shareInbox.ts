// The share inbox. When another app shares files to Papiers (Web Share Target, manifest `share_target`),
// the service worker puts them here until the person opens a document and adds them.
// What it keeps: each shared file's bytes, its name, its type and the time it arrived — nothing else.
// Where: its own small IndexedDB database, "papiers-inbox", never the Cache API, and not yet encrypted
// (the service worker has no profile key), which is why it is kept so short a time.
// How long: a file leaves the inbox as soon as the app takes it; any file older than one hour is deleted
// whenever the service worker receives a share or the app is opened, and when the app reads the inbox;
// "delete everything on this phone" empties it at once.

/** Files wait at most one hour. */
export const INBOX_MAX_AGE_MS = 60 * 60 * 1000;
/** Larger files are not kept (the capture refuses them anyway). */
export const INBOX_MAX_FILE_BYTES = 40 * 1024 * 1024;
/** At most this many files per share. */
export const INBOX_MAX_FILES = 20;

/** One shared file waiting in the inbox. */
export interface InboxFile {
  id: string;
  name: string;
  type: string;
  bytes: ArrayBuffer;
  receivedAt: number;
}

const DB_NAME = "papiers-inbox";
const STORE = "files";

/** Opens the inbox database (created on first use). */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one transaction over the store and resolves with `result()` once it has committed. */
async function transaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => () => T,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result());
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Reads every waiting file, dropping (and deleting) those older than the limit. */
function readFresh(store: IDBObjectStore, now: number, remove: boolean): () => InboxFile[] {
  const fresh: InboxFile[] = [];
  const cursor = store.openCursor();
  cursor.onsuccess = () => {
    const current = cursor.result;
    if (!current) return;
    const file = current.value as InboxFile;
    if (now - file.receivedAt > INBOX_MAX_AGE_MS || remove) current.delete();
    if (now - file.receivedAt <= INBOX_MAX_AGE_MS) fresh.push(file);
    current.continue();
  };
  return () => fresh.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The share inbox: add (service worker), count and take (app), purge (both), clear (delete everything). */
export const shareInbox = {
  /** Keeps shared files until the app takes them (at most one hour). */
  add(files: readonly InboxFile[]): Promise<void> {
    return transaction("readwrite", (store) => {
      for (const file of files.slice(0, INBOX_MAX_FILES)) {
        if (file.bytes.byteLength <= INBOX_MAX_FILE_BYTES) store.put(file);
      }
      return () => undefined;
    });
  },
  /** How many files are waiting, after removing old ones. */
  async count(now = Date.now()): Promise<number> {
    return (await transaction("readwrite", (store) => readFresh(store, now, false))).length;
  },
  /** Takes every waiting file out of the inbox. */
  takeAll(now = Date.now()): Promise<InboxFile[]> {
    return transaction("readwrite", (store) => readFresh(store, now, true));
  },
  /** Deletes files older than one hour. */
  async purge(now = Date.now()): Promise<void> {
    await transaction("readwrite", (store) => readFresh(store, now, false));
  },
  /** Deletes every waiting file, however recent. */
  clear(): Promise<void> {
    return transaction("readwrite", (store) => {
      store.clear();
      return () => undefined;
    });
  },
};
