import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "../database";
import { CorruptRecordError } from "../errors";
import { deleteProfile } from "../profiles";
import { getAudioClip, listAudioClips, putAudioClips } from "./audioClips";

const HASH = "a".repeat(64);
const clip = (language: string, key: string, byte = 1) => ({
  language,
  key,
  textHash: HASH,
  mimeType: "audio/webm;codecs=opus",
  bytes: new Uint8Array([byte, 2, 3]).buffer,
  recordedAt: 1,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeDatabase);

describe("recorded prompts", () => {
  it("reads back a clip by language and key, as plain bytes", async () => {
    await putAudioClips([clip("ps", "common:home.title")]);
    const stored = await getAudioClip("ps", "common:home.title");
    expect(stored?.id).toBe("ps/common:home.title");
    expect([...new Uint8Array(stored?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3]);
    expect(await getAudioClip("ti", "common:home.title")).toBeUndefined();
  });

  it("merges by default and replaces a whole language when asked", async () => {
    await putAudioClips([
      clip("ps", "common:home.title"),
      clip("ps", "common:help.title"),
      clip("ti", "common:home.title"),
    ]);
    await putAudioClips([clip("ps", "common:home.title", 9)]);
    expect((await listAudioClips("ps")).length).toBe(2);
    await putAudioClips([clip("ps", "common:about.title")], { replaceLanguage: "ps" });
    expect((await listAudioClips("ps")).map((c) => c.key)).toEqual(["common:about.title"]);
    expect((await listAudioClips("ti")).length).toBe(1);
  });

  it("refuses a clip that is not audio", async () => {
    await expect(
      putAudioClips([{ ...clip("ps", "common:home.title"), mimeType: "text/html" }]),
    ).rejects.toThrow();
    expect(await listAudioClips("ps")).toEqual([]);
  });

  it("says a damaged row is corrupt instead of playing it", async () => {
    const db = await openDatabase();
    await db.put("audioClips", { ...clip("ps", "common:home.title"), id: "ps/common:other" });
    await expect(getAudioClip("ps", "common:other")).rejects.toBeInstanceOf(CorruptRecordError);
  });

  it("keeps the clips when a person is deleted", async () => {
    await putAudioClips([clip("ps", "common:home.title")]);
    await deleteProfile("p1");
    expect((await listAudioClips("ps")).length).toBe(1);
  });
});
