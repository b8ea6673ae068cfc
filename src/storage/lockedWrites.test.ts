// No personal data is ever written in clear: not by a write that races a lock, nor by one that starts
// after it (issue #5, "encryption at rest"). Checked on the raw IndexedDB rows, as an attacker copying
// the browser's storage would see them.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activeProfileId, LOCAL_PROFILE_ID } from "./activeProfile";
import { closeDatabase, openDatabase } from "./database";
import { saveAnswers } from "./dossier";
import { LockedError } from "./errors";
import { putFile } from "./files";
import { saveAttempt } from "./followUp";
import { getIdentity, saveIdentity } from "./identity";
import { addPage, type PageRecord } from "./pages";
import { createProfile, lockNow } from "./profiles";

const NAME = "Amina Benali";
const PAGE_BYTES = new Uint8Array([0xff, 0xd8, 0x50, 0x41, 0x50, 0x49, 0x45, 0x52, 0xff, 0xd9]);

const aPage: PageRecord = {
  id: "pg1",
  documentId: "passport",
  order: 1,
  rotation: 0,
  width: 2000,
  height: 1414,
  mimeType: "image/jpeg",
  byteLength: PAGE_BYTES.byteLength,
  qualityFlags: [],
  keepsOriginal: false,
  createdAt: "2026-11-27T10:00:00.000Z",
};

/** Every row of the records and files stores, as they sit on disk. */
async function rawRows() {
  const db = await openDatabase();
  return [...(await db.getAll("records")), ...(await db.getAll("files"))];
}

/** True when some stored payload holds `needle` in clear. */
async function storedInClear(needle: Uint8Array): Promise<boolean> {
  const rows = await rawRows();
  return rows.some((row) => {
    const bytes = new Uint8Array(row.payload.bytes);
    return bytes.some((_, at) => needle.every((value, i) => bytes[at + i] === value));
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  lockNow();
  await closeDatabase();
});

describe("writes and locks", () => {
  it("a page whose saving races a lock stores nothing, and certainly nothing in clear", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
    const page = new Blob([PAGE_BYTES], { type: "image/jpeg" });
    // The thumbnail's bytes are read between two awaits of addPage: the phone locks right then.
    const thumbnail = new Blob([PAGE_BYTES], { type: "image/jpeg" });
    const read = thumbnail.arrayBuffer.bind(thumbnail);
    thumbnail.arrayBuffer = () => {
      lockNow();
      return read();
    };
    const before = (await rawRows()).length;

    await expect(addPage(aPage, { page, thumbnail })).rejects.toBeInstanceOf(LockedError);

    expect(await storedInClear(PAGE_BYTES)).toBe(false);
    const rows = await rawRows();
    expect(rows).toHaveLength(before);
    expect(rows.every((row) => row.profileId === id && row.payload.codec !== "identity")).toBe(true);
  });

  it("answers saved as the phone locks are refused, not written in clear under anyone", async () => {
    await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
    const saving = saveAnswers({ need: "renewal", reasons: [{ ground: "studies" }] });
    lockNow();
    await expect(saving).rejects.toBeInstanceOf(LockedError);
    expect((await rawRows()).some((row) => "kind" in row && row.kind === "answers")).toBe(false);
  });

  it("refuses every personal-data write after the lock with LockedError, and stores nothing", async () => {
    await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
    lockNow();
    expect(activeProfileId.get()).toBe(LOCAL_PROFILE_ID);
    const before = (await rawRows()).length;

    await expect(saveIdentity({ surname: NAME })).rejects.toBeInstanceOf(LockedError);
    await expect(
      addPage(aPage, { page: new Blob([PAGE_BYTES], { type: "image/jpeg" }) }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      saveAttempt({ id: "a1", kind: "panVisit", date: "2026-11-27", createdAt: 0 }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      putFile("someone", "someone:page:x", "x", "image/jpeg", PAGE_BYTES.buffer),
    ).rejects.toBeInstanceOf(LockedError);

    expect(await rawRows()).toHaveLength(before);
    expect(await storedInClear(new TextEncoder().encode(NAME))).toBe(false);
    expect(await getIdentity()).toEqual({});
  });
});
