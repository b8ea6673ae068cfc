import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, DB_NAME, openDatabase, type PapiersDB } from "./database";
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
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(["files", "profiles", "records", "settings"]);
    expect((await db.get("records", "local:note:a"))?.kind).toBe("note");
    expect(await db.getAll("profiles")).toEqual([]);
  });
});
