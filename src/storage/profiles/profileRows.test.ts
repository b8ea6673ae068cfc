import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type ProfileRow } from "../database";
import { CorruptRecordError } from "../errors";
import { readProfileRow, readProfileRows } from "./profileRows";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDatabase);

const unlock = {
  method: "pin" as const,
  kdf: "PBKDF2-SHA256" as const,
  kdfVersion: 1,
  iterations: 600_000,
  salt: new ArrayBuffer(16),
  iv: new ArrayBuffer(12),
  wrappedKey: new ArrayBuffer(40),
};
const row: ProfileRow = {
  id: "p1",
  avatar: "cat",
  kind: "person",
  createdAt: 1,
  unlocks: [unlock],
  failedAttempts: 0,
  retryAt: 0,
};

describe("profile rows", () => {
  it("reads a stored row back with only its known fields", async () => {
    const db = await openDatabase();
    await db.put("profiles", { ...row, stray: "x" } as ProfileRow);
    const read = await readProfileRow("p1");
    expect(read).toEqual(row);
    expect(read).not.toHaveProperty("stray");
  });

  it.each([
    ["a missing avatar", { ...row, avatar: undefined }],
    ["an unknown kind", { ...row, kind: "guest" }],
    ["a count that is not a number", { ...row, failedAttempts: "3" }],
    ["unlocks that are not a list", { ...row, unlocks: {} }],
    ["an unlock without its wrapped key", { ...row, unlocks: [{ ...unlock, wrappedKey: "k" }] }],
    ["an unlock of another method", { ...row, unlocks: [{ ...unlock, method: "face" }] }],
  ])("reports a row with %s as damaged, never uses it", async (_, damaged) => {
    const db = await openDatabase();
    await db.put("profiles", damaged as unknown as ProfileRow);
    await expect(readProfileRow("p1")).rejects.toBeInstanceOf(CorruptRecordError);
    await expect(readProfileRows()).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
