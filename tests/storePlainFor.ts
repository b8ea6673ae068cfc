import { afterEach, beforeEach } from "vitest";
import { forgetCodecFor, identityCodec, useCodecFor } from "@/storage";

/**
 * For tests of what storage and screens do with data, not of encryption: these profiles store plain
 * bytes while the test runs, as if unlocked with a codec that does not encrypt. The app never does
 * this: a profile without a key in memory refuses every write (storage/codec.ts).
 */
export function storePlainFor(...profileIds: string[]): void {
  beforeEach(() => {
    for (const id of profileIds) useCodecFor(id, identityCodec);
  });
  afterEach(() => {
    for (const id of profileIds) forgetCodecFor(id);
  });
}
