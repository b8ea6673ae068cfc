import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, DB_NAME, openDatabase } from "./database";
import { CorruptRecordError } from "./errors";
import { getSetting, putSetting } from "./settings";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDatabase);

describe("settings", () => {
  it("keeps the language chosen on this device", async () => {
    expect(await getSetting("language")).toBeUndefined();
    await putSetting("language", "ar");
    expect(await getSetting("language")).toBe("ar");
  });

  it("on a new phone, reads nothing without making the database; the first write makes it", async () => {
    expect(await getSetting("language")).toBeUndefined();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(DB_NAME);
    await putSetting("language", "ti");
    expect((await indexedDB.databases()).map((info) => info.name)).toContain(DB_NAME);
    expect(await getSetting("language")).toBe("ti");
  });

  it("refuses a stored value of the wrong type", async () => {
    const db = await openDatabase();
    await db.put("settings", { key: "language", value: 42, updatedAt: 0 });
    await expect(getSetting("language")).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
