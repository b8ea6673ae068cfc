import { LockedError } from "./errors";

/** Where a payload belongs; an encrypting codec binds the ciphertext to it (additional data). */
export interface PayloadContext {
  profileId: string;
  key: string;
  schemaVersion: number;
}

/** A payload as it sits in IndexedDB: bytes, plus the IV when the codec encrypts. */
export interface StoredPayload {
  codec: string;
  bytes: ArrayBuffer;
  iv?: ArrayBuffer;
}

/**
 * Turns plain bytes into what is stored and back. Every record and file goes through the codec of its
 * profile, so encryption at rest replaces the identity codec without touching any caller.
 */
export interface PayloadCodec {
  readonly name: string;
  encode(plain: Uint8Array, context: PayloadContext): Promise<StoredPayload>;
  decode(payload: StoredPayload, context: PayloadContext): Promise<Uint8Array>;
}

/** Stores bytes as they are. */
export const identityCodec: PayloadCodec = {
  name: "identity",
  async encode(plain) {
    return { codec: "identity", bytes: plain.slice().buffer };
  },
  async decode(payload, context) {
    if (payload.codec !== "identity") throw new LockedError(context.profileId);
    return new Uint8Array(payload.bytes);
  },
};

/**
 * What a profile gets while none of its keys is in memory. Plain payloads can still be read: version 1
 * stored everything plain under "local", before profiles existed (fixtures/schema-v1.json). Nothing can
 * be written: today every screen that saves personal data needs an unlocked person (app/ProfileGuard), so
 * a write without a codec is one that raced a lock (it started before, encodes after) or read the
 * active profile after it ("local"). Refusing it is what keeps it from landing in clear.
 */
const lockedCodec: PayloadCodec = {
  name: "locked",
  async encode(_plain, context) {
    throw new LockedError(context.profileId);
  },
  decode: (payload, context) => identityCodec.decode(payload, context),
};

const codecs = new Map<string, PayloadCodec>();

/** Uses `codec` for a profile's reads and writes from now on (e.g. after unlocking it). */
export function useCodecFor(profileId: string, codec: PayloadCodec): void {
  codecs.set(profileId, codec);
}

/** Forgets a profile's codec (e.g. when it locks); its data can no longer be decoded nor written. */
export function forgetCodecFor(profileId: string): void {
  codecs.delete(profileId);
}

/**
 * The codec in force for a profile. A profile without one ("local" included) refuses every write with
 * LockedError and reads only plain payloads: no write ever falls back to storing bytes in clear.
 */
export function codecFor(profileId: string): PayloadCodec {
  return codecs.get(profileId) ?? lockedCodec;
}
