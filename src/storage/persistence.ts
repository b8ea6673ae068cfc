let asked: Promise<boolean> | undefined;

/**
 * Asks the browser not to evict Papiers' storage. Called when a document's page or file is saved, when it
 * means something to the user (proxx asks at load; UX.md §5.3): not for a language, an answer or a new
 * person, where Firefox's permission prompt would make no sense. Asked once per session.
 */
export function requestPersistence(): Promise<boolean> {
  if (!asked) {
    const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
    asked = storage?.persist ? storage.persist().catch(() => false) : Promise.resolve(false);
  }
  return asked;
}

/** Room used and available, for a "storage almost full" warning. */
export interface StorageRoom {
  usage: number;
  quota: number;
  almostFull: boolean;
  persisted: boolean;
}

/** Above this share of the quota, the app warns and points to the export. */
export const ALMOST_FULL_RATIO = 0.9;

/** Reads how much room is left; unknown values count as plenty. */
export async function storageRoom(): Promise<StorageRoom> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  const usage = estimate.usage ?? 0;
  const quota = estimate.quota ?? Number.POSITIVE_INFINITY;
  const persisted = storage?.persisted ? await storage.persisted() : false;
  return { usage, quota, almostFull: quota > 0 && usage / quota >= ALMOST_FULL_RATIO, persisted };
}
