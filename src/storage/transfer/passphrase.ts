import { randomBytes } from "../crypto";
import { PASSPHRASE_WORDS } from "./passphraseWords";

/** Words in a passphrase: 6 × 10 bits = 60 bits of entropy. */
export const PASSPHRASE_WORD_COUNT = 6;

/** A fresh random passphrase, as its words (the list has 1,024 words: 10 random bits pick one). */
export function generatePassphrase(count = PASSPHRASE_WORD_COUNT): string[] {
  const random = randomBytes(count * 2);
  return Array.from({ length: count }, (_, i) => {
    const index = (((random[2 * i] ?? 0) << 8) | (random[2 * i + 1] ?? 0)) & 0x3ff;
    return PASSPHRASE_WORDS[index] ?? "";
  });
}

/**
 * The passphrase as typed, made comparable: lower case, accents dropped ("âne" = "ane"), any spaces,
 * dashes or line breaks between words reduced to one space.
 */
export function normalizePassphrase(typed: string): string {
  return typed
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== "")
    .join(" ");
}
