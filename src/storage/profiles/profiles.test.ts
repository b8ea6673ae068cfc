import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { activeProfileId, LOCAL_PROFILE_ID } from "../activeProfile";
import { emitChange } from "../changes";
import { WrongSecretError } from "../crypto";
import { closeDatabase, openDatabase } from "../database";
import { getFile, putFile } from "../files";
import { defineRecordType, getRecord, putRecord } from "../records";
import {
  changePin,
  countProfileData,
  createProfile,
  deleteProfile,
  endDeskSession,
  listProfiles,
  lockNow,
  retryDelayMs,
  startDeskSession,
  TooSoonError,
  unlockedProfile,
  unlockProfile,
  wipeLeftoverDeskSessions,
} from "./index";

const Name = defineRecordType("test.name", 1, z.object({ name: z.string() }));
const FAST = 1_000;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  lockNow();
  await closeDatabase();
});

describe("profiles on a shared phone", () => {
  it("locks this tab when another tab deletes the person it has open, and only then", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    const other = await createProfile({ avatar: "boat", pin: "654321", iterations: FAST });
    await unlockProfile(id, "pin", "123456");
    const db = await openDatabase();
    // Another tab deletes someone else: this tab stays open.
    await db.delete("profiles", other);
    emitChange({ store: "profiles", profileId: other });
    await listProfiles(); // the check the message started has run by now (requests keep their order)
    expect(unlockedProfile.get()?.id).toBe(id);
    // Another tab deletes this person: as its message arrives, this tab locks.
    await db.delete("profiles", id);
    emitChange({ store: "profiles", profileId: id });
    await expect.poll(() => unlockedProfile.get()).toBeNull();
    expect(activeProfileId.get()).toBe(LOCAL_PROFILE_ID);
  });

  it("creates a person behind a picture and a PIN, and unlocks them at once", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    expect(unlockedProfile.get()).toEqual({ id, kind: "person" });
    expect(activeProfileId.get()).toBe(id);
    expect(await listProfiles()).toEqual([{ id, avatar: "cat", hasPictureUnlock: false, retryAt: 0 }]);
  });

  it("keeps each person's data encrypted and out of the other's reach", async () => {
    const amina = await createProfile({ avatar: "cat", pin: "111111", iterations: FAST });
    await putRecord(Name, amina, "me", { name: "Amina" });
    await putFile(
      amina,
      `${amina}:page:1`,
      `${amina}:doc:passport`,
      "image/jpeg",
      new Uint8Array([1, 2, 3]).buffer,
    );
    lockNow();
    expect(activeProfileId.get()).toBe(LOCAL_PROFILE_ID);
    await expect(getRecord(Name, amina, "me")).rejects.toThrow();

    const bilal = await createProfile({ avatar: "fish", pin: "222222", iterations: FAST });
    await expect(getRecord(Name, amina, "me")).rejects.toThrow();
    await expect(getFile(amina, `${amina}:page:1`)).rejects.toThrow();
    expect(await getRecord(Name, bilal, "me")).toBeUndefined();

    await unlockProfile(amina, "pin", "111111");
    expect(await getRecord(Name, amina, "me")).toEqual({ name: "Amina" });
    expect(new Uint8Array((await getFile(amina, `${amina}:page:1`))?.bytes ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it("slows down wrong PINs after three tries, and says until when", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    lockNow();
    const now = 1_000_000;
    for (let i = 0; i < 3; i++) {
      await expect(unlockProfile(id, "pin", "000000", now)).rejects.toBeInstanceOf(WrongSecretError);
    }
    await expect(unlockProfile(id, "pin", "000000", now)).rejects.toBeInstanceOf(WrongSecretError);
    expect((await listProfiles())[0]?.retryAt).toBe(now + 30_000);
    await expect(unlockProfile(id, "pin", "123456", now + 1_000)).rejects.toBeInstanceOf(TooSoonError);
    await unlockProfile(id, "pin", "123456", now + 30_000);
    expect((await listProfiles())[0]?.retryAt).toBe(0);
  });

  it("waits longer after each further wrong try, up to an hour", () => {
    expect([1, 3, 4, 5, 6].map(retryDelayMs)).toEqual([0, 0, 30_000, 60_000, 120_000]);
    expect(retryDelayMs(40)).toBe(3_600_000);
  });

  it("opens with the secret picture too, when the person chose one (a weaker way)", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", secretPicture: "boat", iterations: FAST });
    lockNow();
    expect((await listProfiles())[0]?.hasPictureUnlock).toBe(true);
    await expect(unlockProfile(id, "picture", "tree")).rejects.toBeInstanceOf(WrongSecretError);
    await unlockProfile(id, "picture", "boat");
    expect(unlockedProfile.get()?.id).toBe(id);
  });

  it("changes the PIN without touching the data", async () => {
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    await putRecord(Name, id, "me", { name: "Amina" });
    await expect(changePin(id, "999999", "654321")).rejects.toBeInstanceOf(WrongSecretError);
    await changePin(id, "123456", "654321");
    lockNow();
    await expect(unlockProfile(id, "pin", "123456")).rejects.toBeInstanceOf(WrongSecretError);
    await unlockProfile(id, "pin", "654321");
    expect(await getRecord(Name, id, "me")).toEqual({ name: "Amina" });
  });

  it("deletes one person for good: key first, then every record and page; others untouched", async () => {
    const amina = await createProfile({ avatar: "cat", pin: "111111", iterations: FAST });
    await putRecord(Name, amina, "me", { name: "Amina" });
    await putFile(amina, `${amina}:page:1`, "o", "image/jpeg", new Uint8Array([9]).buffer);
    const bilal = await createProfile({ avatar: "fish", pin: "222222", iterations: FAST });
    await putRecord(Name, bilal, "me", { name: "Bilal" });

    await deleteProfile(amina);
    const db = await openDatabase();
    expect(await db.get("profiles", amina)).toBeUndefined();
    expect(await countProfileData(amina)).toEqual({ records: 0, files: 0 });
    expect((await listProfiles()).map((p) => p.id)).toEqual([bilal]);
    expect(await getRecord(Name, bilal, "me")).toEqual({ name: "Bilal" });
  });
});

describe("desk sessions", () => {
  it("leave nothing behind once ended", async () => {
    const id = await startDeskSession();
    expect(unlockedProfile.get()).toEqual({ id, kind: "desk" });
    await putRecord(Name, id, "me", { name: "Visiteur" });
    expect(await listProfiles()).toEqual([]);
    await endDeskSession(id);
    const db = await openDatabase();
    expect(await db.getAll("profiles")).toEqual([]);
    expect(await db.getAll("records")).toEqual([]);
  });

  it("are wiped on the next start when the tab was closed without ending them", async () => {
    const db = await openDatabase();
    await db.put("profiles", {
      id: "desk-old",
      avatar: "desk",
      kind: "desk",
      createdAt: 1,
      unlocks: [],
      failedAttempts: 0,
      retryAt: 0,
    });
    await db.put("records", {
      key: "desk-old:test.name:me",
      profileId: "desk-old",
      kind: "test.name",
      id: "me",
      schemaVersion: 1,
      updatedAt: 1,
      payload: { codec: "aes-gcm-256", bytes: new ArrayBuffer(20), iv: new ArrayBuffer(12) },
    });
    const mine = await startDeskSession();
    expect(await wipeLeftoverDeskSessions()).toBe(1);
    expect((await db.getAll("profiles")).map((row) => row.id)).toEqual([mine]);
    expect(await db.getAll("records")).toEqual([]);
    await endDeskSession(mine);
  });
});
