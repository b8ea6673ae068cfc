// A `.papiers` file made by Papiers' own storage code in Node (fake IndexedDB): a person with a known
// name and one page, to fill a profile in the browser through the import screen.
import "fake-indexeddb/auto";
import * as z from "zod/mini";
import {
  closeDatabase,
  createProfile,
  defineRecordType,
  loadTransfer,
  lockNow,
  putFile,
  putRecord,
} from "@/storage";

export const KNOWN_NAME = "Zénobie Abderrahmane-Okonkwo";
const Identity = defineRecordType("test.identity", 1, z.object({ fullName: z.string() }));

/** A page of recognisable random bytes (as a JPEG page would be: not compressible). */
export function aPage(size = 60_000): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  }
  return bytes;
}

/** Builds the file, sealed with `words`; returns it with the page it holds. */
export async function personFile(words: string) {
  globalThis.indexedDB = new IDBFactory();
  const id = await createProfile({ avatar: "boat", pin: "000000", iterations: 1_000 });
  await putRecord(Identity, id, "me", { fullName: KNOWN_NAME });
  const page = aPage();
  await putFile(id, `${id}:page:1`, `${id}:doc:passport`, "image/jpeg", page.slice().buffer);
  const { exportProfile } = await loadTransfer();
  const file = await exportProfile(id, words);
  lockNow();
  await closeDatabase();
  return { id, file, page };
}

/** Opens a `.papiers` file downloaded from the browser and returns its records and pages. */
export async function readPersonFile(file: Uint8Array, words: string) {
  const { openProfileBackup } = await loadTransfer();
  return openProfileBackup(file, words);
}
