import { describe, expect, it } from "vitest";
import type { PayloadContext } from "./codec";
import {
  aesGcmCodec,
  deriveWrappingKey,
  generateDataKey,
  PIN_KDF_ITERATIONS,
  rewrapDataKey,
  unwrapDataKey,
  WrongSecretError,
  wrapDataKey,
} from "./crypto";
import { CorruptRecordError } from "./errors";

const FAST = 1_000;
const here: PayloadContext = { profileId: "p1", key: "p1:note:a", schemaVersion: 1 };
const plain = new TextEncoder().encode("Amina Diallo, née le 01/02/1990");

describe("key derivation", () => {
  it("derives a non-extractable wrapping key with PBKDF2-SHA256 and the iterations asked", async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16)).buffer;
    const key = await deriveWrappingKey("123456", salt, FAST);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: "AES-GCM", length: 256 });
    expect(key.usages.sort()).toEqual(["unwrapKey", "wrapKey"]);
  });

  it("stores 600 000 iterations, a 16-byte salt and a 12-byte IV with each wrapped key by default", async () => {
    const wrapped = await wrapDataKey(await generateDataKey(true), "p1", "123456");
    expect(wrapped).toMatchObject({ kdf: "PBKDF2-SHA256", kdfVersion: 1, iterations: PIN_KDF_ITERATIONS });
    expect(wrapped.salt.byteLength).toBe(16);
    expect(wrapped.iv.byteLength).toBe(12);
    expect(wrapped.wrappedKey.byteLength).toBe(32 + 16);
  });
});

describe("wrapping the data key", () => {
  it("opens with the right PIN only, into a key that can never be exported", async () => {
    const wrapped = await wrapDataKey(await generateDataKey(true), "p1", "123456", FAST);
    const key = await unwrapDataKey(wrapped, "p1", "123456");
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
    await expect(unwrapDataKey(wrapped, "p1", "123457")).rejects.toBeInstanceOf(WrongSecretError);
  });

  it("refuses a wrapped key moved to another profile", async () => {
    const wrapped = await wrapDataKey(await generateDataKey(true), "p1", "123456", FAST);
    await expect(unwrapDataKey(wrapped, "p2", "123456")).rejects.toBeInstanceOf(WrongSecretError);
  });

  it("changing the PIN re-wraps the same key: old data still opens, the old PIN no longer does", async () => {
    const wrapped = await wrapDataKey(await generateDataKey(true), "p1", "111111", FAST);
    const before = aesGcmCodec(await unwrapDataKey(wrapped, "p1", "111111"));
    const stored = await before.encode(plain, here);
    const rewrapped = await rewrapDataKey(wrapped, "p1", "111111", "222222");
    expect(rewrapped.iterations).toBe(FAST);
    await expect(unwrapDataKey(rewrapped, "p1", "111111")).rejects.toBeInstanceOf(WrongSecretError);
    const after = aesGcmCodec(await unwrapDataKey(rewrapped, "p1", "222222"));
    expect(new TextDecoder().decode(await after.decode(stored, here))).toContain("Amina");
    await expect(rewrapDataKey(wrapped, "p1", "999999", "333333")).rejects.toBeInstanceOf(WrongSecretError);
  });
});

describe("record encryption", () => {
  const codecWithNewKey = async () => aesGcmCodec(await generateDataKey(false));

  it("stores no clear text and a fresh 12-byte IV for every write", async () => {
    const codec = await codecWithNewKey();
    const one = await codec.encode(plain, here);
    const two = await codec.encode(plain, here);
    expect(new TextDecoder().decode(one.bytes)).not.toContain("Amina");
    expect(one.iv?.byteLength).toBe(12);
    expect(new Uint8Array(one.iv ?? new ArrayBuffer(0))).not.toEqual(
      new Uint8Array(two.iv ?? new ArrayBuffer(0)),
    );
    expect(await codec.decode(one, here)).toEqual(plain);
  });

  it("fails with another profile's key", async () => {
    const stored = await (await codecWithNewKey()).encode(plain, here);
    await expect((await codecWithNewKey()).decode(stored, here)).rejects.toBeInstanceOf(CorruptRecordError);
  });

  it("fails when a record is moved to another id, profile or schema version", async () => {
    const codec = await codecWithNewKey();
    const stored = await codec.encode(plain, here);
    for (const elsewhere of [
      { ...here, key: "p1:note:b" },
      { ...here, profileId: "p2" },
      { ...here, schemaVersion: 2 },
    ]) {
      await expect(codec.decode(stored, elsewhere)).rejects.toBeInstanceOf(CorruptRecordError);
    }
  });

  it("fails when one byte is altered, in the ciphertext or the IV", async () => {
    const codec = await codecWithNewKey();
    const stored = await codec.encode(plain, here);
    const flipped = (buffer: ArrayBuffer, at: number) => {
      const copy = new Uint8Array(buffer.slice(0));
      copy[at] = (copy[at] ?? 0) ^ 1;
      return copy.buffer;
    };
    await expect(codec.decode({ ...stored, bytes: flipped(stored.bytes, 3) }, here)).rejects.toBeInstanceOf(
      CorruptRecordError,
    );
    await expect(
      codec.decode({ ...stored, iv: flipped(stored.iv ?? new ArrayBuffer(12), 0) }, here),
    ).rejects.toBeInstanceOf(CorruptRecordError);
    await expect(codec.decode({ codec: "identity", bytes: plain.buffer }, here)).rejects.toBeInstanceOf(
      CorruptRecordError,
    );
  });
});
