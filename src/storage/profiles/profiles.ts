import * as z from "zod/mini";
import { emitChange } from "../changes";
import { generateDataKey, PIN_KDF_ITERATIONS, unwrapDataKey, WrongSecretError, wrapDataKey } from "../crypto";
import type { ProfileRow } from "../database";
import { defineRecordType, getRecord, putRecord } from "../records";
import { readProfileRow, readProfileRows, writeProfileRow } from "./profileRows";
import { retryDelayMs } from "./retryDelay";
import { openSession, unlockedProfile } from "./session";

/** What the start screen may know of a person: their picture and how they unlock; never a name. */
export interface ProfileSummary {
  id: string;
  avatar: string;
  hasPictureUnlock: boolean;
  /** Time (ms) before which no new try is accepted; 0 when none. */
  retryAt: number;
}

/** The way a person proves it is them. */
export type UnlockMethod = "pin" | "picture";

/** Too many wrong tries: the next one is accepted only after `retryAt`. */
export class TooSoonError extends Error {
  override readonly name = "TooSoonError";
  constructor(readonly retryAt: number) {
    super("Wait before trying again");
  }
}

/** A PIN is exactly six digits. */
export const isValidPin = (pin: string): boolean => /^\d{6}$/.test(pin);

/** The secret string each method feeds into key derivation. */
const secretOf = (method: UnlockMethod, value: string) => `${method}:${value}`;

/** The person's own interface language, kept encrypted with the rest of their data. */
const ProfileLanguage = defineRecordType("profile.language", 1, z.object({ language: z.string() }));

/** Summaries of the people on this phone (desk sessions excluded), oldest first. */
export async function listProfiles(): Promise<ProfileSummary[]> {
  return (await readProfileRows())
    .filter((row) => row.kind === "person")
    .map((row) => ({
      id: row.id,
      avatar: row.avatar,
      hasPictureUnlock: row.unlocks.some((unlock) => unlock.method === "picture"),
      retryAt: row.retryAt,
    }));
}

/** What a new person chooses: a picture, a PIN, and optionally a secret picture (weaker). */
export interface NewProfile {
  avatar: string;
  pin: string;
  secretPicture?: string | undefined;
  language?: string | undefined;
  /** Key-derivation cost; stored with the key so it can change later. */
  iterations?: number;
  /** Keeps the id a person had on another device (import); a new one otherwise. */
  id?: string;
}

/** Creates a person with a fresh data key wrapped by their PIN, and unlocks them. Returns their id. */
export async function createProfile(input: NewProfile): Promise<string> {
  if (!isValidPin(input.pin)) throw new RangeError("A PIN has six digits");
  const id = input.id ?? crypto.randomUUID();
  const iterations = input.iterations ?? PIN_KDF_ITERATIONS;
  const dataKey = await generateDataKey(true);
  const unlocks: ProfileRow["unlocks"] = [
    { method: "pin", ...(await wrapDataKey(dataKey, id, secretOf("pin", input.pin), iterations)) },
  ];
  if (input.secretPicture) {
    const wrapped = await wrapDataKey(dataKey, id, secretOf("picture", input.secretPicture), iterations);
    unlocks.push({ method: "picture", ...wrapped });
  }
  const row: ProfileRow = {
    id,
    avatar: input.avatar,
    kind: "person",
    createdAt: Date.now(),
    unlocks,
    failedAttempts: 0,
    retryAt: 0,
  };
  await writeProfileRow(row);
  emitChange({ store: "profiles", profileId: id });
  // The extractable key was only needed to wrap it: from here on, a non-extractable copy is used.
  await unlockProfile(id, "pin", input.pin);
  if (input.language) await setProfileLanguage(id, input.language);
  return id;
}

/** Unlocks a person with their PIN or secret picture; wrong tries slow down the next ones. */
export async function unlockProfile(
  id: string,
  method: UnlockMethod,
  secret: string,
  now = Date.now(),
): Promise<void> {
  const row = await readProfileRow(id);
  if (row?.kind !== "person") throw new WrongSecretError();
  if (row.retryAt > now) throw new TooSoonError(row.retryAt);
  const wrapped = row.unlocks.find((unlock) => unlock.method === method);
  try {
    if (!wrapped) throw new WrongSecretError();
    const key = await unwrapDataKey(wrapped, id, secretOf(method, secret));
    if (row.failedAttempts > 0) await writeProfileRow({ ...row, failedAttempts: 0, retryAt: 0 });
    openSession({ id, kind: "person" }, key);
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    const failedAttempts = row.failedAttempts + 1;
    const delay = retryDelayMs(failedAttempts);
    await writeProfileRow({ ...row, failedAttempts, retryAt: delay > 0 ? now + delay : 0 });
    emitChange({ store: "profiles", profileId: id });
    throw error;
  }
}

/** Changes the unlocked person's PIN: the data key is re-wrapped, no data is re-encrypted. */
export async function changePin(id: string, oldPin: string, newPin: string): Promise<void> {
  if (!isValidPin(newPin)) throw new RangeError("A PIN has six digits");
  const row = await readProfileRow(id);
  const wrapped = row?.unlocks.find((unlock) => unlock.method === "pin");
  if (!row || !wrapped) throw new WrongSecretError();
  const dataKey = await unwrapDataKey(wrapped, id, secretOf("pin", oldPin), true);
  const rewrapped = await wrapDataKey(dataKey, id, secretOf("pin", newPin), wrapped.iterations);
  const unlocks = row.unlocks.map((unlock) =>
    unlock.method === "pin" ? { method: "pin" as const, ...rewrapped } : unlock,
  );
  await writeProfileRow({ ...row, unlocks });
}

/** The unlocked person's language, if they chose one. */
export async function getProfileLanguage(id: string): Promise<string | undefined> {
  return (await getRecord(ProfileLanguage, id, "language"))?.language;
}

/** Remembers the person's language inside their encrypted data. */
export async function setProfileLanguage(id: string, language: string): Promise<void> {
  if (unlockedProfile.get()?.id !== id) return;
  await putRecord(ProfileLanguage, id, "language", { language });
}
