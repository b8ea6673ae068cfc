// Durability (UX.md §5.3): Papiers asks the browser to keep its storage after the first real save, and
// reads how much room is left, with a stubbed `navigator.storage` standing for the browser's answers.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";

/** A browser's storage manager: what `persist()` answers, and what `estimate()` reports. */
function stubStorage(answers: {
  persist?: boolean | Error;
  usage?: number;
  quota?: number;
  persisted?: boolean;
}) {
  const storage = {
    persist: vi.fn(async () => {
      if (answers.persist instanceof Error) throw answers.persist;
      return answers.persist ?? false;
    }),
    persisted: vi.fn(async () => answers.persisted ?? false),
    estimate: vi.fn(async () => ({ usage: answers.usage, quota: answers.quota })),
  };
  vi.stubGlobal("navigator", { storage });
  return storage;
}

/** A fresh copy of the module: it asks the browser once per session (page load). */
const freshPersistence = async () => {
  vi.resetModules();
  return import("./persistence");
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("asking the browser to keep Papiers' data", () => {
  it("asks once per session, and says when the browser agrees", async () => {
    const storage = stubStorage({ persist: true });
    const { requestPersistence } = await freshPersistence();
    expect(await requestPersistence()).toBe(true);
    expect(await requestPersistence()).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it("reports a refusal, a failure, or a browser without the API as not kept", async () => {
    stubStorage({ persist: false });
    expect(await (await freshPersistence()).requestPersistence()).toBe(false);
    stubStorage({ persist: new Error("blocked") });
    expect(await (await freshPersistence()).requestPersistence()).toBe(false);
    vi.stubGlobal("navigator", {});
    expect(await (await freshPersistence()).requestPersistence()).toBe(false);
  });

  it("is asked when the first document file is saved, not for settings, answers or a new person", async () => {
    const storage = stubStorage({ persist: true });
    await freshPersistence();
    const { defineRecordType, putRecord } = await import("./records");
    const { putFile } = await import("./files");
    // Stored plain: what is tested is when the browser is asked, not encryption.
    const { identityCodec, useCodecFor } = await import("./codec");
    useCodecFor("p1", identityCodec);
    await putRecord(defineRecordType("note", 1, z.object({ text: z.string() })), "p1", "a", { text: "x" });
    expect(storage.persist).not.toHaveBeenCalled();
    await putFile("p1", "page-1", "doc-1", "image/jpeg", new Uint8Array([1, 2, 3]).buffer);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });
});

describe("the room left on the phone", () => {
  it("is almost full from 90 % of the quota", async () => {
    stubStorage({ usage: 95, quota: 100, persisted: true });
    const { storageRoom } = await freshPersistence();
    expect(await storageRoom()).toEqual({ usage: 95, quota: 100, almostFull: true, persisted: true });
    stubStorage({ usage: 89, quota: 100 });
    expect(await storageRoom()).toMatchObject({ almostFull: false, persisted: false });
  });

  it("counts unknown values as plenty of room", async () => {
    vi.stubGlobal("navigator", {});
    const { storageRoom } = await freshPersistence();
    expect(await storageRoom()).toMatchObject({ almostFull: false, persisted: false });
  });
});
