import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { storePlainFor } from "../../tests/storePlainFor";
import { onStorageChange } from "./changes";
import { forgetCodecFor, type PayloadCodec, useCodecFor } from "./codec";
import { closeDatabase, openDatabase } from "./database";
import { CorruptRecordError, StorageFullError } from "./errors";
import { defineRecordType, deleteRecord, getRecord, listRecords, putRecord, recordKey } from "./records";

storePlainFor("p1", "p2");

const Note = defineRecordType("note", 2, z.object({ text: z.string(), pinned: z.boolean() }), (stored) => ({
  ...(stored as { text: string }),
  pinned: false,
}));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDatabase();
  forgetCodecFor("p1");
});

describe("records", () => {
  it("reads back what was written, parsed by its schema", async () => {
    await putRecord(Note, "p1", "a", { text: "Bonjour", pinned: true });
    expect(await getRecord(Note, "p1", "a")).toEqual({ text: "Bonjour", pinned: true });
    expect(await getRecord(Note, "p1", "missing")).toBeUndefined();
  });

  it("lists only the records of one profile and one kind", async () => {
    await putRecord(Note, "p1", "a", { text: "un", pinned: false });
    await putRecord(Note, "p1", "b", { text: "deux", pinned: false });
    await putRecord(Note, "p2", "c", { text: "autre personne", pinned: false });
    const list = await listRecords(Note, "p1");
    expect(list.map((r) => r.id).sort()).toEqual(["a", "b"]);
  });

  it("refuses to write a value that does not fit the schema", async () => {
    await expect(putRecord(Note, "p1", "a", { text: 3 } as never)).rejects.toThrow();
    expect(await getRecord(Note, "p1", "a")).toBeUndefined();
  });

  it("turns a damaged stored record into a CorruptRecordError", async () => {
    const db = await openDatabase();
    await db.put("records", {
      key: recordKey("p1", "note", "bad"),
      profileId: "p1",
      kind: "note",
      id: "bad",
      schemaVersion: 2,
      updatedAt: 0,
      payload: { codec: "identity", bytes: new TextEncoder().encode("{not json").buffer },
    });
    await expect(getRecord(Note, "p1", "bad")).rejects.toBeInstanceOf(CorruptRecordError);
  });

  it("brings an older stored shape up to date on read", async () => {
    const db = await openDatabase();
    await db.put("records", {
      key: recordKey("p1", "note", "old"),
      profileId: "p1",
      kind: "note",
      id: "old",
      schemaVersion: 1,
      updatedAt: 0,
      payload: { codec: "identity", bytes: new TextEncoder().encode('{"text":"ancien"}').buffer },
    });
    expect(await getRecord(Note, "p1", "old")).toEqual({ text: "ancien", pinned: false });
  });

  it("passes every payload through the profile's codec, so nothing above storage changes for encryption", async () => {
    const flip = (bytes: Uint8Array) => bytes.map((b) => b ^ 0xff);
    const xorCodec: PayloadCodec = {
      name: "xor",
      encode: async (plain) => ({ codec: "xor", bytes: flip(plain).buffer }),
      decode: async (payload) => flip(new Uint8Array(payload.bytes)),
    };
    useCodecFor("p1", xorCodec);
    await putRecord(Note, "p1", "secret", { text: "Amina", pinned: false });
    const row = await (await openDatabase()).get("records", recordKey("p1", "note", "secret"));
    expect(new TextDecoder().decode(row?.payload.bytes)).not.toContain("Amina");
    expect(await getRecord(Note, "p1", "secret")).toEqual({ text: "Amina", pinned: false });
  });

  it("announces each write and delete so screens can read again", async () => {
    const listener = vi.fn();
    const stop = onStorageChange(listener);
    await putRecord(Note, "p1", "a", { text: "x", pinned: false });
    await deleteRecord(Note, "p1", "a");
    stop();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenLastCalledWith(expect.objectContaining({ store: "records", kind: "note" }));
    expect(await getRecord(Note, "p1", "a")).toBeUndefined();
  });

  it("reports a full disk as StorageFullError and keeps the previous value", async () => {
    await putRecord(Note, "p1", "a", { text: "avant", pinned: false });
    const db = await openDatabase();
    const put = vi
      .spyOn(db, "put")
      .mockRejectedValueOnce(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    await expect(putRecord(Note, "p1", "a", { text: "après", pinned: false })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    put.mockRestore();
    expect(await getRecord(Note, "p1", "a")).toEqual({ text: "avant", pinned: false });
  });
});
