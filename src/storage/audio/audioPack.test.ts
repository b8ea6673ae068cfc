import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildAudioPack, openAudioPack, PACK_LIMITS } from "./audioPack";

const HASH = "b".repeat(64);
const clip = (key: string, bytes: number[]) => ({
  id: `ps/${key}`,
  language: "ps",
  key,
  textHash: HASH,
  mimeType: "audio/webm;codecs=opus",
  bytes: new Uint8Array(bytes).buffer,
  recordedAt: 1,
});
const expected = { languages: ["fr", "ps"], keys: new Set(["common:home.title", "common:help.title"]) };
const aPack = () =>
  buildAudioPack(
    "ps",
    [clip("common:home.title", [1, 2, 3, 4]), clip("common:help.title", [5, 6])],
    new Date("2026-11-27T10:00:00Z"),
  );

/** Rewrites one file of a pack, as someone editing it by hand would. */
function edited(pack: Uint8Array, name: string, change: (bytes: Uint8Array) => Uint8Array) {
  const files = unzipSync(pack);
  const original = files[name];
  if (!original) throw new Error(`no ${name} in the pack`);
  return zipSync({ ...files, [name]: change(original) }, { level: 0 });
}

describe("audio packs", () => {
  it("round-trips: language, date, clips and their size are read back", async () => {
    const opened = await openAudioPack(await aPack(), expected);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.pack.manifest.language).toBe("ps");
    expect(opened.pack.manifest.createdAt).toBe("2026-11-27T10:00:00.000Z");
    expect(opened.pack.clips.map((c) => c.key)).toEqual(["common:home.title", "common:help.title"]);
    expect(opened.pack.clips[0]?.textHash).toBe(HASH);
    expect(opened.pack.size).toBe(6);
  });

  it("refuses a truncated file", async () => {
    const pack = await aPack();
    expect(await openAudioPack(pack.slice(0, pack.length - 30), expected)).toEqual({
      ok: false,
      problem: "notAPack",
    });
  });

  it("refuses a pack whose clip was altered after export", async () => {
    const tampered = edited(await aPack(), "clips/common/home.title.webm", (bytes) =>
      bytes.map((b) => b ^ 1),
    );
    expect(await openAudioPack(tampered, expected)).toEqual({ ok: false, problem: "damaged" });
  });

  it("refuses a pack whose clip is missing", async () => {
    const files = unzipSync(await aPack());
    delete files["clips/common/help.title.webm"];
    expect(await openAudioPack(zipSync(files), expected)).toEqual({ ok: false, problem: "damaged" });
  });

  it("refuses a manifest that is not JSON or not a pack's", async () => {
    const notJson = edited(await aPack(), "manifest.json", () => strToU8("{ not json"));
    expect(await openAudioPack(notJson, expected)).toEqual({ ok: false, problem: "badManifest" });
    const wrongFormat = edited(await aPack(), "manifest.json", (bytes) =>
      strToU8(strFromU8(bytes).replace("papiers-audio-pack", "other-app")),
    );
    expect(await openAudioPack(wrongFormat, expected)).toEqual({ ok: false, problem: "badManifest" });
  });

  it("refuses keys and languages this version of Papiers does not have", async () => {
    const unknownKey = edited(await aPack(), "manifest.json", (bytes) =>
      strToU8(strFromU8(bytes).replace("common:help.title", "common:gone.away")),
    );
    expect(await openAudioPack(unknownKey, expected)).toEqual({ ok: false, problem: "unknownKeys" });
    expect(await openAudioPack(await aPack(), { ...expected, languages: ["fr"] })).toEqual({
      ok: false,
      problem: "unknownLanguage",
    });
  });

  it("refuses a file over the size limit without opening it, and any file that is not a zip", async () => {
    expect(await openAudioPack(new Uint8Array(PACK_LIMITS.packBytes + 1), expected)).toEqual({
      ok: false,
      problem: "tooBig",
    });
    expect(await openAudioPack(strToU8("%PDF-1.7 not a pack"), expected)).toEqual({
      ok: false,
      problem: "notAPack",
    });
  });
});
