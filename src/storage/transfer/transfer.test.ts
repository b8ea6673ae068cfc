import { IDBFactory } from "fake-indexeddb";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { closeDatabase, openDatabase } from "../database";
import { getFile, putFile } from "../files";
import { createProfile, endDeskSession, listProfiles, lockNow, unlockProfile } from "../profiles";
import { defineRecordType, getRecord, putRecord } from "../records";
import { sealBackup } from "./backupFile";
import {
  BackupError,
  exportProfile,
  exportProfileBlob,
  generatePassphrase,
  normalizePassphrase,
  openProfileBackup,
  PASSPHRASE_WORDS,
  restoreIntoDeskSession,
  restoreProfile,
} from "./index";

const Name = defineRecordType("test.name", 1, z.object({ name: z.string() }));
const FAST = { iterations: 1_000 };
const PAGES = 50;
const page = (n: number) => {
  const bytes = new Uint8Array(40_000);
  crypto.getRandomValues(bytes.subarray(0, 1024));
  bytes[0] = n;
  return bytes;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  lockNow();
  await closeDatabase();
});

/** A person with a name and 50 pages, exported with `passphrase`; then the phone is emptied. */
async function exportedPerson(passphrase: string) {
  const id = await createProfile({ avatar: "cat", pin: "123456", ...FAST });
  await putRecord(Name, id, "me", { name: "Amina" });
  const pages = Array.from({ length: PAGES }, (_, n) => page(n));
  for (const [n, bytes] of pages.entries())
    await putFile(id, `${id}:page:${n}`, `${id}:doc:passport`, "image/jpeg", bytes.slice().buffer);
  const file = await exportProfile(id, passphrase);
  lockNow();
  return { id, file, pages };
}

/** The phone a backup arrives on: another browser, nothing stored. */
const freshPhone = async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
};

describe("passphrases", () => {
  it("draws six words from a list of 1,024 distinct plain words (60 bits)", () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(1024);
    expect(PASSPHRASE_WORDS.every((word) => /^[a-z]{3,10}$/.test(word))).toBe(true);
    const words = generatePassphrase();
    expect(words).toHaveLength(6);
    expect(words.every((word) => PASSPHRASE_WORDS.includes(word))).toBe(true);
  });

  it("accepts the words typed with capitals, accents or other separators", () => {
    expect(normalizePassphrase("  Âne - ÉCOLE\nlapin ")).toBe("ane ecole lapin");
  });
});

describe("export and import", () => {
  it("gives back identical records and 50 identical pages on another phone", async () => {
    const words = generatePassphrase().join(" ");
    const { id, file, pages } = await exportedPerson(words);
    expect(new TextDecoder().decode(file)).not.toContain("Amina");
    await freshPhone();
    const opened = await openProfileBackup(file, words.toUpperCase());
    const restored = await restoreProfile(opened, { pin: "654321", replaceExisting: false, ...FAST });
    expect(restored).toBe(id);
    expect(await getRecord(Name, id, "me")).toEqual({ name: "Amina" });
    for (const [n, bytes] of pages.entries()) {
      const stored = await getFile(id, `${id}:page:${n}`);
      expect(stored?.ownerKey).toBe(`${id}:doc:passport`);
      expect(Buffer.from(stored?.bytes ?? new ArrayBuffer(0)).equals(bytes), `page ${n}`).toBe(true);
    }
  }, 30_000);

  it("gives the file as a Blob to save or share, which opens as a chosen File with the same words", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", ...FAST });
    await putRecord(Name, id, "me", { name: "Amina" });
    await putFile(id, `${id}:page:0`, `${id}:doc:passport`, "image/jpeg", page(7).buffer);
    const blob = await exportProfileBlob(id, "ane ecole lapin");
    lockNow();
    await freshPhone();
    // Opened as the chosen file itself, as the import screen does.
    const opened = await openProfileBackup(new File([blob], "papiers.papiers"), "ane ecole lapin");
    const restored = await restoreProfile(opened, { pin: "654321", replaceExisting: false, ...FAST });
    expect(await getRecord(Name, restored, "me")).toEqual({ name: "Amina" });
    expect(new Uint8Array((await getFile(restored, `${id}:page:0`))?.bytes ?? new ArrayBuffer(0))[0]).toBe(7);
  });

  it("never overwrites a person already on the phone unless asked", async () => {
    const { id, file } = await exportedPerson("ane ecole lapin");
    const opened = await openProfileBackup(file, "ane ecole lapin");
    const copy = await restoreProfile(opened, { pin: "111111", replaceExisting: false, ...FAST });
    expect(copy).not.toBe(id);
    expect(await getRecord(Name, copy, "me")).toEqual({ name: "Amina" });
    expect((await getFile(copy, `${copy}:page:0`))?.ownerKey).toBe(`${copy}:doc:passport`);
    expect((await listProfiles()).map((p) => p.id).sort()).toEqual([id, copy].sort());

    const replaced = await restoreProfile(opened, { pin: "222222", replaceExisting: true, ...FAST });
    expect(replaced).toBe(id);
    expect(await listProfiles()).toHaveLength(2);
  });

  it("keeps each person's journal screenshot when a copy is imported beside them (older keys had no id)", async () => {
    const Shot = defineRecordType("test.shot", 1, z.object({ fileKey: z.string() }));
    const id = await createProfile({ avatar: "cat", pin: "123456", ...FAST });
    // A screenshot saved before keys carried the person's id, and the journal entry pointing to it.
    await putFile(id, "attempt-screenshot:a1", "attempt:a1", "image/jpeg", new Uint8Array([1, 2, 3]).buffer);
    await putRecord(Shot, id, "a1", { fileKey: "attempt-screenshot:a1" });
    const file = await exportProfile(id, "ane ecole lapin");
    const copy = await restoreProfile(await openProfileBackup(file, "ane ecole lapin"), {
      pin: "111111",
      replaceExisting: false,
      ...FAST,
    });
    const copied = await getRecord(Shot, copy, "a1");
    expect(copied?.fileKey).toBe(`${copy}:attempt-screenshot:a1`);
    expect([
      ...new Uint8Array((await getFile(copy, copied?.fileKey ?? ""))?.bytes ?? new ArrayBuffer(0)),
    ]).toEqual([1, 2, 3]);
    // The person already on the phone still has theirs (it used to be overwritten by the copy's).
    lockNow();
    await unlockProfile(id, "pin", "123456");
    expect([
      ...new Uint8Array((await getFile(id, "attempt-screenshot:a1"))?.bytes ?? new ArrayBuffer(0)),
    ]).toEqual([1, 2, 3]);
  }, 30_000);

  it("opens a file for one visit only in a desk session, which leaves nothing once ended", async () => {
    const { file, pages } = await exportedPerson("ane ecole lapin");
    await freshPhone();
    const desk = await restoreIntoDeskSession(await openProfileBackup(file, "ane ecole lapin"));
    expect(await getRecord(Name, desk, "me")).toEqual({ name: "Amina" });
    expect(
      Buffer.from((await getFile(desk, `${desk}:page:0`))?.bytes ?? new ArrayBuffer(0)).equals(
        pages[0] ?? new Uint8Array(),
      ),
    ).toBe(true);
    expect(await listProfiles()).toEqual([]);
    await endDeskSession(desk);
    const db = await openDatabase();
    expect([await db.count("profiles"), await db.count("records"), await db.count("files")]).toEqual([
      0, 0, 0,
    ]);
  }, 30_000);

  const problemOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((caught: unknown) => caught);
    return error instanceof BackupError ? error.problem : error;
  };

  it("rejects a wrong passphrase", async () => {
    const { file } = await exportedPerson("ane ecole lapin");
    expect(await problemOf(openProfileBackup(file, "ane ecole lion"))).toBe("wrongPassphrase");
  });

  it("rejects a tampered file and a truncated one as damaged", async () => {
    const { file } = await exportedPerson("ane ecole lapin");
    const outer = unzipSync(file);
    const payload = outer["payload.bin"] ?? new Uint8Array();
    payload[100] = (payload[100] ?? 0) ^ 1;
    const tampered = zipSync({ ...outer, "payload.bin": payload }, { level: 0 });
    expect(await problemOf(openProfileBackup(tampered, "ane ecole lapin"))).toBe("damaged");
    expect(await problemOf(openProfileBackup(file.slice(0, file.length / 2), "ane ecole lapin"))).toBe(
      "damaged",
    );
    expect(await problemOf(openProfileBackup(strToU8("not a zip"), "ane ecole lapin"))).toBe("damaged");
  });

  it("rejects a file from a newer Papiers, and says so", async () => {
    const { file } = await exportedPerson("ane ecole lapin");
    const outer = unzipSync(file);
    const header = JSON.parse(new TextDecoder().decode(outer["papiers.json"]));
    const newer = zipSync({ ...outer, "papiers.json": strToU8(JSON.stringify({ ...header, version: 2 })) });
    expect(await problemOf(openProfileBackup(newer, "ane ecole lapin"))).toBe("newer");
  });

  it("rejects a well-sealed file whose contents are not a Papiers person", async () => {
    const sealed = await sealBackup({ "profile.json": strToU8('{"id":"x","records":"no"}') }, "ane");
    expect(await problemOf(openProfileBackup(sealed, "ane"))).toBe("invalid");
    const badJson = await sealBackup(
      {
        "profile.json": strToU8(
          JSON.stringify({
            id: "x",
            avatar: "cat",
            exportedAt: 1,
            records: [{ kind: "k", id: "i", schemaVersion: 1, updatedAt: 1, json: "{oops" }],
            files: [],
          }),
        ),
      },
      "ane",
    );
    expect(await problemOf(openProfileBackup(badJson, "ane"))).toBe("invalid");
  });
});
