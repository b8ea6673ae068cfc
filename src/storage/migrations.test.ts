import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, DB_NAME, DB_VERSION, openDatabase, type PapiersDB } from "./database";
import { migrations } from "./migrations";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDatabase);

describe("migration step 2 (profiles)", () => {
  it("adds the profiles store to a version-1 database and keeps what it held", async () => {
    const old = await openDB<PapiersDB>(DB_NAME, 1, {
      upgrade(db, _old, _new, tx) {
        migrations[0]?.(db, tx);
      },
    });
    await old.put("records", {
      key: "local:note:a",
      profileId: "local",
      kind: "note",
      id: "a",
      schemaVersion: 1,
      updatedAt: 1,
      payload: { codec: "identity", bytes: new TextEncoder().encode("{}").buffer },
    });
    old.close();

    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain("profiles");
    expect((await db.get("records", "local:note:a"))?.kind).toBe("note");
    expect(await db.getAll("profiles")).toEqual([]);
  });
});

describe("migration step 3 (audio clips)", () => {
  it("adds the audio clips store to a version-2 database and keeps its profiles", async () => {
    const old = await openDB<PapiersDB>(DB_NAME, 2, {
      upgrade(db, _old, _new, tx) {
        migrations[0]?.(db, tx);
        migrations[1]?.(db, tx);
      },
    });
    await old.put("profiles", {
      id: "p1",
      avatar: "cat",
      kind: "person",
      createdAt: 1,
      unlocks: [],
      failedAttempts: 0,
      retryAt: 0,
    });
    old.close();

    const db = await openDatabase();
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      "audioClips",
      "files",
      "profiles",
      "records",
      "settings",
    ]);
    expect((await db.get("profiles", "p1"))?.avatar).toBe("cat");
    expect(await db.getAllFromIndex("audioClips", "byLanguage", "ps")).toEqual([]);
  });
});
