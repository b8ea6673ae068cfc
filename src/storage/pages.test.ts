import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storePlainFor } from "../../tests/storePlainFor";
import { activeProfileId, LOCAL_PROFILE_ID } from "./activeProfile";
import { closeDatabase, openDatabase } from "./database";
import { StorageFullError } from "./errors";
import {
  addPage,
  deletePage,
  listPages,
  type PageRecord,
  readPageBytes,
  readPageThumbnail,
  updatePage,
} from "./pages";

storePlainFor(LOCAL_PROFILE_ID, "someone-else");

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  activeProfileId.set("local");
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

const aPage = (id: string, order: number, documentId = "passport"): PageRecord => ({
  id,
  documentId,
  order,
  rotation: 0,
  width: 2000,
  height: 1414,
  mimeType: "image/jpeg",
  byteLength: 3,
  qualityFlags: [],
  keepsOriginal: false,
  createdAt: "2026-11-27T10:00:00.000Z",
});
const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });

describe("pages of a document", () => {
  it("stores pages with their bytes and lists them in order, per document and per person", async () => {
    await addPage(aPage("b", 2), { page: jpeg, thumbnail: jpeg });
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    await addPage(aPage("x", 1, "payslip"), { page: jpeg });
    expect((await listPages("passport")).map((p) => p.id)).toEqual(["a", "b"]);
    const [first] = await listPages("passport");
    if (!first) throw new Error("no page");
    expect(new Uint8Array((await (await readPageBytes(first))?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff]),
    );
    expect((await readPageThumbnail(first))?.type).toBe("image/jpeg");
    activeProfileId.set("someone-else");
    expect(await listPages("passport")).toEqual([]);
  });

  it("saves a new rotation, and deletes a page with all its bytes", async () => {
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    await updatePage({ ...aPage("a", 1), rotation: 90 });
    expect((await listPages("passport"))[0]?.rotation).toBe(90);
    await deletePage(aPage("a", 1));
    expect(await listPages("passport")).toEqual([]);
    const db = await openDatabase();
    expect(await db.count("files")).toBe(0);
  });

  it("leaves the document as it was when the phone is full half-way through a page", async () => {
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    // The second file write of the next page (its thumbnail) hits the quota.
    failFilePut(2, () => {
      throw new DOMException("full", "QuotaExceededError");
    });
    await expect(addPage(aPage("b", 2), { page: jpeg, thumbnail: jpeg })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    await expectOnlyPageA();
  });

  it("leaves nothing half-saved when the transaction fails in the middle of a page", async () => {
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    // The disk fails after the page's bytes are written: the browser aborts the transaction.
    failFilePut(2, (store, args) => {
      const request = originalPut.apply(store, args);
      store.transaction.abort();
      return request;
    });
    await expect(addPage(aPage("b", 2), { page: jpeg, thumbnail: jpeg, original: jpeg })).rejects.toThrow();
    await expectOnlyPageA();
  });

  it("keeps no stray bytes even when the record write fails and cleaning up would fail too", async () => {
    // Before pages were written in one transaction, bytes written first stayed behind when the record
    // write failed and the clean-up deletes failed with it (a dying connection): orphan pages on disk.
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    const recordsPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === "records") throw new DOMException("disk error", "UnknownError");
      return recordsPut.apply(this, args);
    });
    vi.spyOn(IDBObjectStore.prototype, "delete").mockImplementation(() => {
      throw new DOMException("disk error", "UnknownError");
    });
    await expect(addPage(aPage("b", 2), { page: jpeg, thumbnail: jpeg })).rejects.toThrow("disk error");
    await expectOnlyPageA();
  });

  it("deletes a page and its bytes together", async () => {
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg, original: jpeg });
    const db = await openDatabase();
    expect(await db.count("files")).toBe(3);
    await deletePage(aPage("a", 1));
    expect(await listPages("passport")).toEqual([]);
    expect(await db.count("files")).toBe(0);
  });
});

const originalPut = IDBObjectStore.prototype.put;

/** Makes the `nth` write to the files store fail the way `fail` says; other writes go through. */
function failFilePut(
  nth: number,
  fail: (store: IDBObjectStore, args: Parameters<IDBObjectStore["put"]>) => IDBRequest,
) {
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === "files" && ++calls === nth) return fail(this, args);
    return originalPut.apply(this, args);
  });
}

/** The document still holds page "a" alone, with its two files and nothing else. */
async function expectOnlyPageA() {
  vi.restoreAllMocks();
  expect((await listPages("passport")).map((p) => p.id)).toEqual(["a"]);
  const db = await openDatabase();
  expect((await db.getAllKeys("files")).sort()).toEqual(["local:page:a", "local:thumb:a"]);
}
