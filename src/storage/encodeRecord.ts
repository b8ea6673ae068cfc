import type { PayloadContext } from "./codec";
import { codecFor } from "./codec";
import type { RecordRow } from "./database";
import { type RecordType, recordKey } from "./records";

const encoder = new TextEncoder();

/**
 * A record validated and encoded by the profile's codec, ready to put in a transaction that writes
 * other rows too (a page with its bytes). Kept apart from putRecord: the start screen carries records.ts.
 */
export async function encodeRecord<T>(
  type: RecordType<T>,
  profileId: string,
  id: string,
  value: T,
): Promise<RecordRow> {
  const parsed = type.schema.parse(value);
  const key = recordKey(profileId, type.kind, id);
  const context: PayloadContext = { profileId, key, schemaVersion: type.version };
  const payload = await codecFor(profileId).encode(encoder.encode(JSON.stringify(parsed)), context);
  return { key, profileId, kind: type.kind, id, schemaVersion: type.version, updatedAt: Date.now(), payload };
}
