import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activeProfileId } from "./activeProfile";
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

  it("leaves the document as it was when the phone is full", async () => {
    await addPage(aPage("a", 1), { page: jpeg, thumbnail: jpeg });
    const db = await openDatabase();
    const put = db.put.bind(db);
    let calls = 0;
    vi.spyOn(db, "put").mockImplementation((...args: Parameters<typeof db.put>) => {
      calls++;
      if (calls === 2) return Promise.reject(new DOMException("full", "QuotaExceededError"));
      return put(...args);
    });
    await expect(addPage(aPage("b", 2), { page: jpeg, thumbnail: jpeg })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect((await listPages("passport")).map((p) => p.id)).toEqual(["a"]);
    expect(await db.count("files")).toBe(2);
  });
});
