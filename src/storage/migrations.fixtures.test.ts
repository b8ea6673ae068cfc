// Every earlier schema version, from a stored fixture: a database written at that version is opened by
// today's code, migrated, and read back through the normal, schema-checked reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IDBFactory } from "fake-indexeddb";
import { openDB, type StoreNames } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activeProfileId } from "./activeProfile";
import { getAudioClip } from "./audio/audioClips";
import { closeDatabase, DB_NAME, DB_VERSION, openDatabase, type PapiersDB } from "./database";
import { loadAnswers, loadDocumentStatuses } from "./dossier";
import { LockedError } from "./errors";
import { getCurrentPermit } from "./followUp";
import { migrations } from "./migrations";
import { listPages, readPageBytes } from "./pages";
import { listProfiles, lockNow, unlockProfile } from "./profiles";
import { getSetting } from "./settings";

/** Turns the fixture's `{ $bytes: base64 }` back into ArrayBuffers, as IndexedDB held them. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") {
    if ("$bytes" in value && typeof value.$bytes === "string") {
      const bytes = Buffer.from(value.$bytes, "base64");
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

/** Writes a fixture into a database created by the first `version` migration steps only. */
async function seed(file: string): Promise<Record<string, unknown>> {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", file), "utf8"));
  const version: number = fixture.version;
  const db = await openDB<PapiersDB>(DB_NAME, version, {
    upgrade(database, _old, _new, tx) {
      for (const step of migrations.slice(0, version)) step(database, tx);
    },
  });
  for (const store of db.objectStoreNames) {
    for (const row of (revive(fixture[store] ?? []) as unknown[]) ?? []) {
      await db.put(store as StoreNames<PapiersDB>, row as never);
    }
  }
  db.close();
  return fixture;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  lockNow();
  await closeDatabase();
});

describe("opening a database written by an earlier version", () => {
  it("has a fixture for every earlier schema version", () => {
    for (let version = 1; version <= DB_VERSION; version++) {
      expect(() =>
        readFileSync(join(import.meta.dirname, "fixtures", `schema-v${version}.json`)),
      ).not.toThrow();
    }
  });

  it("version 1 (before profiles): keeps the plain answers, status, page, its bytes and the language", async () => {
    await seed("schema-v1.json");
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(await listProfiles()).toEqual([]);
    activeProfileId.set("local");
    expect(await loadAnswers()).toEqual({
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "other",
    });
    expect(await loadDocumentStatuses()).toEqual({ passport: "have" });
    const [page] = await listPages("passport");
    expect(page).toMatchObject({ id: "pg1", rotation: 90, qualityFlags: ["small"] });
    const bytes = page ? await readPageBytes(page) : undefined;
    expect([...new Uint8Array((await bytes?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([
      0xff, 0xd8, 0xff, 0xd9,
    ]);
    expect(await getSetting("language")).toBe("ar");
  });

  it("version 2 (encrypted profiles): the person unlocks with their PIN and finds everything", async () => {
    const fixture = await seed("schema-v2.json");
    const id = String(fixture.profileId);
    expect((await listProfiles()).map((p) => p.id)).toEqual([id]);
    await unlockProfile(id, "pin", String(fixture.pin));
    expect(activeProfileId.get()).toBe(id);
    expect(await loadAnswers()).toMatchObject({ need: "renewal", housing: "hosted" });
    expect(await loadDocumentStatuses()).toEqual({ passport: "have" });
    expect(await getCurrentPermit()).toEqual({ kind: "titre", expiresOn: "2027-03-31", channel: "anef" });
    const [page] = await listPages("passport");
    const bytes = page ? await readPageBytes(page) : undefined;
    expect(bytes?.size).toBe(4);
  });

  it("version 3 (audio clips): the person and the recorded prompt are both still there", async () => {
    const fixture = await seed("schema-v3.json");
    const id = String(fixture.profileId);
    await unlockProfile(id, "pin", String(fixture.pin));
    expect(await loadDocumentStatuses()).toEqual({ passport: "have" });
    const clip = await getAudioClip("ps", "common:home.title");
    expect(clip?.mimeType).toBe("audio/webm;codecs=opus");
    expect(clip?.textHash).toBe("0".repeat(64));
  });

  it("version 2, locked: the encrypted answers cannot be read without the PIN", async () => {
    const fixture = await seed("schema-v2.json");
    activeProfileId.set(String(fixture.profileId));
    await expect(loadAnswers()).rejects.toBeInstanceOf(LockedError);
  });
});
