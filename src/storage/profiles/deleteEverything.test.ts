import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { shareInbox } from "@/lib/shareInbox";
import { WrongSecretError } from "../crypto";
import { closeDatabase, openDatabase } from "../database";
import { putFile } from "../files";
import { defineRecordType, putRecord } from "../records";
import { putSetting } from "../settings";
import { createProfile, deleteEverything, lockNow, unlockedProfile, unlockProfile } from "./index";

const Name = defineRecordType("test.name", 1, z.object({ name: z.string() }));
const FAST = 1_000;

/** Two people with a record and a page each, a language, and a file shared from another app. */
async function aFullPhone() {
  const a = await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
  await putRecord(Name, a, "me", { name: "Amina" });
  await putFile(a, `${a}:page:1`, `${a}:page:1`, "image/jpeg", new Uint8Array([1, 2, 3]).buffer);
  const b = await createProfile({ avatar: "boat", pin: "654321", iterations: FAST });
  await putRecord(Name, b, "me", { name: "Bakary" });
  await putSetting("language", "ar");
  await shareInbox.add([
    {
      id: "s1",
      name: "titre.jpg",
      type: "image/jpeg",
      bytes: new Uint8Array(3).buffer,
      receivedAt: Date.now(),
    },
  ]);
  return { a, b };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  lockNow();
  await closeDatabase();
});

describe("delete everything on this phone", () => {
  it("leaves no person, record, page, setting or shared file, and locks", async () => {
    await aFullPhone();
    await deleteEverything();
    const db = await openDatabase();
    for (const store of ["profiles", "records", "files", "settings"] as const) {
      expect(await db.count(store), store).toBe(0);
    }
    expect(await shareInbox.count()).toBe(0);
    expect(unlockedProfile.get()).toBeNull();
  });

  it("destroys the keys first, then the shared files in clear, then the records and pages", async () => {
    await aFullPhone();
    const db = await openDatabase();
    const emptyInbox = shareInbox.clear.bind(shareInbox);
    let whenInboxEmptied: { profiles: number; records: number; files: number } | undefined;
    vi.spyOn(shareInbox, "clear").mockImplementation(async () => {
      whenInboxEmptied = {
        profiles: await db.count("profiles"),
        records: await db.count("records"),
        files: await db.count("files"),
      };
      return emptyInbox();
    });
    await deleteEverything();
    expect(whenInboxEmptied).toEqual({ profiles: 0, records: expect.any(Number), files: 1 });
    expect(whenInboxEmptied?.records).toBeGreaterThan(0);
    expect(await db.count("records")).toBe(0);
  });

  it("stopped right after the keys, leaves records nobody can open any more (crypto-shredding)", async () => {
    const { a } = await aFullPhone();
    vi.spyOn(shareInbox, "clear").mockRejectedValueOnce(new Error("The phone switched off"));
    await expect(deleteEverything()).rejects.toThrow("switched off");
    const db = await openDatabase();
    expect(await db.count("profiles")).toBe(0);
    expect(await db.count("records")).toBeGreaterThan(0);
    await expect(unlockProfile(a, "pin", "123456")).rejects.toBeInstanceOf(WrongSecretError);
  });
});
