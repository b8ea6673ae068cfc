import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { INBOX_MAX_AGE_MS, type InboxFile, shareInbox } from "./shareInbox";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const shared = (id: string, receivedAt: number, size = 3): InboxFile => ({
  id,
  name: `${id}.jpg`,
  type: "image/jpeg",
  bytes: new Uint8Array(size).buffer,
  receivedAt,
});

describe("the share inbox", () => {
  it("keeps shared files until the app takes them, oldest first, then is empty", async () => {
    await shareInbox.add([shared("b", 2000), shared("a", 1000)]);
    expect(await shareInbox.count(3000)).toBe(2);
    expect((await shareInbox.takeAll(3000)).map((f) => f.id)).toEqual(["a", "b"]);
    expect(await shareInbox.count(3000)).toBe(0);
  });

  it("forgets files after one hour, even if nobody takes them", async () => {
    await shareInbox.add([shared("old", 0), shared("new", INBOX_MAX_AGE_MS)]);
    await shareInbox.purge(INBOX_MAX_AGE_MS + 1);
    expect((await shareInbox.takeAll(INBOX_MAX_AGE_MS + 1)).map((f) => f.id)).toEqual(["new"]);
  });

  it("does not keep files above the size limit", async () => {
    await shareInbox.add([shared("huge", 0, 41 * 1024 * 1024), shared("ok", 0)]);
    expect((await shareInbox.takeAll(1)).map((f) => f.id)).toEqual(["ok"]);
  });
});
