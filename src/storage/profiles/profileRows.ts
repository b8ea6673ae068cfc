import { isNumber, isObject, isOneOf, isString } from "@/lib/guards";
import { openDatabase, type ProfileRow } from "../database";
import { CorruptRecordError, isQuotaError, StorageFullError } from "../errors";

const isBytes = (value: unknown): value is ArrayBuffer => value instanceof ArrayBuffer;

type Unlock = ProfileRow["unlocks"][number];

/** One way in to a profile: its method and the data key wrapped by the secret's derived key. */
const toUnlock = (value: unknown): Unlock | undefined =>
  isObject(value) &&
  isOneOf(value.method, ["pin", "picture"] as const) &&
  value.kdf === "PBKDF2-SHA256" &&
  isNumber(value.kdfVersion) &&
  isNumber(value.iterations) &&
  isBytes(value.salt) &&
  isBytes(value.iv) &&
  isBytes(value.wrappedKey)
    ? {
        method: value.method,
        kdf: value.kdf,
        kdfVersion: value.kdfVersion,
        iterations: value.iterations,
        salt: value.salt,
        iv: value.iv,
        wrappedKey: value.wrappedKey,
      }
    : undefined;

/**
 * A profile row as stored, with only its known fields, or undefined when any is missing or wrong.
 * Checked by hand rather than with zod: the start screen reads these rows (see lib/guards).
 */
function toProfileRow(value: unknown): ProfileRow | undefined {
  if (!isObject(value) || !Array.isArray(value.unlocks)) return undefined;
  const unlocks = value.unlocks.map(toUnlock);
  if (
    !isString(value.id) ||
    !isString(value.avatar) ||
    !isOneOf(value.kind, ["person", "desk"] as const) ||
    !isNumber(value.createdAt) ||
    !isNumber(value.failedAttempts) ||
    !isNumber(value.retryAt) ||
    !unlocks.every((unlock) => unlock !== undefined)
  )
    return undefined;
  return {
    id: value.id,
    avatar: value.avatar,
    kind: value.kind,
    createdAt: value.createdAt,
    unlocks: unlocks as Unlock[],
    failedAttempts: value.failedAttempts,
    retryAt: value.retryAt,
  };
}

/** Checks a stored row; a damaged one is reported, never silently used. */
function parseRow(row: unknown, id: string): ProfileRow {
  const parsed = toProfileRow(row);
  if (!parsed) throw new CorruptRecordError(`profiles:${id}`);
  return parsed;
}

/** One profile row, or undefined. */
export async function readProfileRow(id: string): Promise<ProfileRow | undefined> {
  const row = await (await openDatabase()).get("profiles", id);
  return row === undefined ? undefined : parseRow(row, id);
}

/** Every profile row, oldest first. */
export async function readProfileRows(): Promise<ProfileRow[]> {
  const rows = await (await openDatabase()).getAll("profiles");
  return rows.map((row) => parseRow(row, row.id)).sort((a, b) => a.createdAt - b.createdAt);
}

/** Writes a profile row. */
export async function writeProfileRow(row: ProfileRow): Promise<void> {
  const db = await openDatabase();
  try {
    await db.put("profiles", parseRow(row, row.id));
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
