/**
 * Encryption at rest (UX.md §5.2): each profile has a random AES-GCM-256 data key, wrapped by a key
 * derived from the person's secret with PBKDF2-SHA256. Only WebCrypto is used; the unwrapped data key is
 * a non-extractable CryptoKey that lives in memory only.
 */
import type { PayloadCodec, PayloadContext, StoredPayload } from "./codec";
import { CorruptRecordError } from "./errors";

/** OWASP's PBKDF2-HMAC-SHA256 recommendation (UX.md §5.2); stored per wrapped key so it can change. */
export const PIN_KDF_ITERATIONS = 600_000;
/** Version of the key-wrapping scheme below, stored with every wrapped key. */
export const KDF_VERSION = 1;
/** The codec name written into every encrypted payload. */
export const AES_GCM_CODEC = "aes-gcm-256";

/** A data key wrapped by a secret, with everything needed to unwrap it again except the secret. */
export interface WrappedKey {
  kdf: "PBKDF2-SHA256";
  kdfVersion: number;
  iterations: number;
  salt: ArrayBuffer;
  iv: ArrayBuffer;
  wrappedKey: ArrayBuffer;
}

/** The secret did not unwrap the key: wrong PIN, wrong picture or wrong passphrase. */
export class WrongSecretError extends Error {
  override readonly name = "WrongSecretError";
  constructor() {
    super("The secret does not open this key");
  }
}

const encoder = new TextEncoder();

/** Fresh random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Derives the key-encryption key from a secret (PIN digits, picture id or passphrase). */
export async function deriveWrappingKey(
  secret: string,
  salt: ArrayBuffer,
  iterations: number,
  usages: KeyUsage[] = ["wrapKey", "unwrapKey"],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "PBKDF2", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    usages,
  );
}

/** Additional data binding a wrapped key to its profile, so it cannot be moved to another one. */
const wrapContext = (profileId: string) => encoder.encode(`papiers-data-key|${KDF_VERSION}|${profileId}`);

/** A new random data key; extractable only so that it can be wrapped, then dropped. */
export function generateDataKey(extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, extractable, ["encrypt", "decrypt"]);
}

/** Wraps an extractable data key under a secret, with a fresh salt and IV. */
export async function wrapDataKey(
  dataKey: CryptoKey,
  profileId: string,
  secret: string,
  iterations = PIN_KDF_ITERATIONS,
): Promise<WrappedKey> {
  const salt = randomBytes(16).buffer;
  const iv = randomBytes(12).buffer;
  const wrappingKey = await deriveWrappingKey(secret, salt, iterations);
  const wrappedKey = await crypto.subtle.wrapKey("raw", dataKey, wrappingKey, {
    name: "AES-GCM",
    iv,
    additionalData: wrapContext(profileId),
  });
  return { kdf: "PBKDF2-SHA256", kdfVersion: KDF_VERSION, iterations, salt, iv, wrappedKey };
}

/** Unwraps a data key with a secret; non-extractable unless re-wrapping needs it. */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  profileId: string,
  secret: string,
  extractable = false,
): Promise<CryptoKey> {
  if (wrapped.kdf !== "PBKDF2-SHA256" || wrapped.kdfVersion !== KDF_VERSION) throw new WrongSecretError();
  const wrappingKey = await deriveWrappingKey(secret, wrapped.salt, wrapped.iterations);
  try {
    return await crypto.subtle.unwrapKey(
      "raw",
      wrapped.wrappedKey,
      wrappingKey,
      { name: "AES-GCM", iv: wrapped.iv, additionalData: wrapContext(profileId) },
      { name: "AES-GCM", length: 256 },
      extractable,
      ["encrypt", "decrypt"],
    );
  } catch {
    throw new WrongSecretError();
  }
}

/** Wraps the same data key under a new secret: changing a PIN never re-encrypts the data. */
export async function rewrapDataKey(
  wrapped: WrappedKey,
  profileId: string,
  oldSecret: string,
  newSecret: string,
  iterations = wrapped.iterations,
): Promise<WrappedKey> {
  const dataKey = await unwrapDataKey(wrapped, profileId, oldSecret, true);
  return wrapDataKey(dataKey, profileId, newSecret, iterations);
}

/** Additional data of a payload: where it belongs (UX.md §5.2), so records cannot be swapped. */
export function payloadContextBytes(context: PayloadContext): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${context.profileId}|${context.key}|${context.schemaVersion}`);
}

/** The codec of an unlocked profile: AES-GCM with a fresh 12-byte IV per write, bound to its place. */
export function aesGcmCodec(key: CryptoKey): PayloadCodec {
  return {
    name: AES_GCM_CODEC,
    async encode(plain, context): Promise<StoredPayload> {
      const iv = randomBytes(12);
      const bytes = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: payloadContextBytes(context) },
        key,
        // Papiers never uses SharedArrayBuffer: every payload sits in a plain ArrayBuffer.
        plain as Uint8Array<ArrayBuffer>,
      );
      return { codec: AES_GCM_CODEC, bytes, iv: iv.buffer };
    },
    async decode(payload, context) {
      if (payload.codec !== AES_GCM_CODEC || !payload.iv) throw new CorruptRecordError(context.key);
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: payload.iv, additionalData: payloadContextBytes(context) },
          key,
          payload.bytes,
        );
        return new Uint8Array(plain);
      } catch (error) {
        throw new CorruptRecordError(context.key, { cause: error });
      }
    },
  };
}
