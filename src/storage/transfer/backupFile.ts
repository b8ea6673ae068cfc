/**
 * The `.papiers` file (UX.md §5.3: the encrypted export is the backup). Outside: a zip holding
 * `papiers.json` (format, version, key-derivation parameters, IV, SHA-256 of the payload) and
 * `payload.bin`. Inside `payload.bin`: AES-GCM of a second zip, under a key derived from the passphrase
 * with PBKDF2-SHA256 (600 000 iterations), the header bound as additional data.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as z from "zod/mini";
import { deriveWrappingKey, PIN_KDF_ITERATIONS, randomBytes } from "../crypto";
import { normalizePassphrase } from "./passphrase";

/** The format this version of Papiers writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** Why a file could not be opened, each with its own message to the person. */
export type BackupProblem = "damaged" | "newer" | "wrongPassphrase" | "invalid";

/** A `.papiers` file that cannot be opened. */
export class BackupError extends Error {
  override readonly name = "BackupError";
  constructor(
    readonly problem: BackupProblem,
    options?: { cause?: unknown },
  ) {
    super(`Backup file problem: ${problem}`, options);
  }
}

// Checks are written as `z.custom` predicates: zod's check classes would all land in the first-screen
// chunk that the app shares with this lazily loaded code.
/** Lower-case hex of exactly `length` digits. */
export const hexText = (length: number) =>
  z.custom<string>(
    (value) => typeof value === "string" && value.length === length && /^[0-9a-f]*$/.test(value),
  );
/** A whole number between `min` and `max`. */
export const wholeNumber = (min: number, max: number) =>
  z.custom<number>((value) => Number.isInteger(value) && Number(value) >= min && Number(value) <= max);

const HeaderSchema = z.object({
  format: z.enum(["papiers-backup"]),
  version: wholeNumber(1, Number.MAX_SAFE_INTEGER),
});
const HeaderV1Schema = z.object({
  format: z.enum(["papiers-backup"]),
  version: z.custom<1>((value) => value === 1),
  kdf: z.object({
    name: z.enum(["PBKDF2-SHA256"]),
    iterations: wholeNumber(100_000, 10_000_000),
    salt: hexText(32),
  }),
  cipher: z.object({ name: z.enum(["AES-GCM-256"]), iv: hexText(24) }),
  sha256: hexText(64),
});
type Header = z.infer<typeof HeaderV1Schema>;

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
const fromHex = (text: string) =>
  new Uint8Array((text.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16)));
const sha256 = async (bytes: Uint8Array<ArrayBuffer>) =>
  hex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
const additionalData = (header: Pick<Header, "version" | "kdf" | "cipher">) =>
  strToU8(`papiers-backup|${header.version}|${header.kdf.iterations}|${header.kdf.salt}|${header.cipher.iv}`);

/** Stops long work when the person leaves the screen. */
function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("Aborted", "AbortError");
}

/** Derives the file key from the passphrase as typed (normalised). */
async function fileKey(passphrase: string, saltHex: string, iterations: number): Promise<CryptoKey> {
  return deriveWrappingKey(normalizePassphrase(passphrase), fromHex(saltHex).buffer, iterations, [
    "encrypt",
    "decrypt",
  ]);
}

/** Seals a set of named entries into a `.papiers` file. Pages are already compressed: stored as is. */
export async function sealBackup(
  entries: Record<string, Uint8Array>,
  passphrase: string,
  options: { iterations?: number; signal?: AbortSignal | undefined } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const inner = zipSync(entries, { level: 0 });
  checkAbort(options.signal);
  const kdf = {
    name: "PBKDF2-SHA256" as const,
    iterations: options.iterations ?? PIN_KDF_ITERATIONS,
    salt: hex(randomBytes(16)),
  };
  const cipher = { name: "AES-GCM-256" as const, iv: hex(randomBytes(12)) };
  const key = await fileKey(passphrase, kdf.salt, kdf.iterations);
  checkAbort(options.signal);
  const aad = additionalData({ version: BACKUP_FORMAT_VERSION, kdf, cipher });
  const payload = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv: fromHex(cipher.iv), additionalData: aad }, key, inner),
  );
  const header: Header = { format: "papiers-backup", version: 1, kdf, cipher, sha256: await sha256(payload) };
  return new Uint8Array(
    zipSync({ "papiers.json": strToU8(JSON.stringify(header)), "payload.bin": payload }, { level: 0 }),
  );
}

/** Opens a `.papiers` file: damaged, newer, wrong passphrase and malformed files each fail apart. */
export async function openBackup(
  file: Uint8Array,
  passphrase: string,
  signal?: AbortSignal,
): Promise<Record<string, Uint8Array>> {
  let outer: Record<string, Uint8Array>;
  let rawHeader: unknown;
  try {
    outer = unzipSync(file);
    rawHeader = JSON.parse(strFromU8(outer["papiers.json"] ?? new Uint8Array()));
  } catch (error) {
    throw new BackupError("damaged", { cause: error });
  }
  const basic = HeaderSchema.safeParse(rawHeader);
  if (!basic.success) throw new BackupError("invalid", { cause: basic.error });
  if (basic.data.version > BACKUP_FORMAT_VERSION) throw new BackupError("newer");
  const parsed = HeaderV1Schema.safeParse(rawHeader);
  if (!parsed.success) throw new BackupError("invalid", { cause: parsed.error });
  const header = parsed.data;
  const payload = outer["payload.bin"];
  if (!payload || (await sha256(new Uint8Array(payload))) !== header.sha256) throw new BackupError("damaged");
  checkAbort(signal);
  const key = await fileKey(passphrase, header.kdf.salt, header.kdf.iterations);
  checkAbort(signal);
  let inner: ArrayBuffer;
  try {
    inner = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromHex(header.cipher.iv), additionalData: additionalData(header) },
      key,
      new Uint8Array(payload),
    );
  } catch (error) {
    throw new BackupError("wrongPassphrase", { cause: error });
  }
  try {
    return unzipSync(new Uint8Array(inner));
  } catch (error) {
    throw new BackupError("invalid", { cause: error });
  }
}
