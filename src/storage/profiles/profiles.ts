import { isObject, isString, parserOf } from "@/lib/guards";
import { emitChange } from "../changes";
import { unwrapDataKey, WrongSecretError } from "../crypto";
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
export const secretOf = (method: UnlockMethod, value: string) => `${method}:${value}`;

/** The person's own interface language, kept encrypted with the rest of their data. */
// Read when a person unlocks, by the app shell: checked by hand to keep zod out of start-up (lib/guards).
const ProfileLanguage = defineRecordType(
  "profile.language",
  1,
  parserOf(
    (value): value is { language: string } => isObject(value) && isString(value.language),
    "a language",
  ),
);

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

/** The unlocked person's language, if they chose one. */
export async function getProfileLanguage(id: string): Promise<string | undefined> {
  return (await getRecord(ProfileLanguage, id, "language"))?.language;
}

/** Remembers the person's language inside their encrypted data. */
export async function setProfileLanguage(id: string, language: string): Promise<void> {
  if (unlockedProfile.get()?.id !== id) return;
  await putRecord(ProfileLanguage, id, "language", { language });
}
