import * as z from "zod/mini";
import { openDatabase, type ProfileRow } from "../database";
import { CorruptRecordError, isQuotaError, StorageFullError } from "../errors";

const bytes = z.custom<ArrayBuffer>((value) => value instanceof ArrayBuffer);

/** A profile row as stored; every read is checked against it. */
const ProfileRowSchema = z.object({
  id: z.string(),
  avatar: z.string(),
  kind: z.enum(["person", "desk"]),
  createdAt: z.number(),
  unlocks: z.array(
    z.object({
      method: z.enum(["pin", "picture"]),
      kdf: z.enum(["PBKDF2-SHA256"]),
      kdfVersion: z.number(),
      iterations: z.number(),
      salt: bytes,
      iv: bytes,
      wrappedKey: bytes,
    }),
  ),
  failedAttempts: z.number(),
  retryAt: z.number(),
});

/** Checks a stored row; a damaged one is reported, never silently used. */
function parseRow(row: unknown, id: string): ProfileRow {
  const parsed = ProfileRowSchema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(`profiles:${id}`, { cause: parsed.error });
  return parsed.data;
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
