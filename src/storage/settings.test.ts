import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "./database";
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

  it("refuses a stored value of the wrong type", async () => {
    const db = await openDatabase();
    await db.put("settings", { key: "language", value: 42, updatedAt: 0 });
    await expect(getSetting("language")).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
