import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, DB_NAME, DB_VERSION, databaseStatus, openDatabase } from "./database";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDatabase);

describe("database", () => {
  it("creates every store and index of the current version on a new phone", async () => {
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      "audioClips",
      "files",
      "profiles",
      "records",
      "settings",
    ]);
    const tx = db.transaction(["records", "files"]);
    expect([...tx.objectStore("records").indexNames].sort()).toEqual(["byProfile", "byProfileKind"]);
    expect([...tx.objectStore("files").indexNames].sort()).toEqual(["byOwner", "byProfile"]);
  });

  it("shares one connection between callers", async () => {
    expect(await openDatabase()).toBe(await openDatabase());
  });

  it("steps aside when another tab needs to upgrade, and says so", async () => {
    await openDatabase();
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(databaseStatus.get()).toBe("replaced");
    newer.close();
  });
});
