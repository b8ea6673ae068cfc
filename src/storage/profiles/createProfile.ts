import { emitChange } from "../changes";
import { generateDataKey, PIN_KDF_ITERATIONS, wrapDataKey } from "../crypto";
import type { ProfileRow } from "../database";
import { writeProfileRow } from "./profileRows";
import { isValidPin, secretOf, setProfileLanguage, unlockProfile } from "./profiles";

// Its own module: only the new-person and import screens need it, not the start screen (size budget).

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
