import { type Identity, IdentitySchema } from "@/domain";
import { activeProfileId } from "./activeProfile";
import { defineRecordType, getRecord, putRecord } from "./records";

const IdentityRecord = defineRecordType("identity", 1, IdentitySchema);

/** The person's facts for paper; empty when nothing was entered. */
export async function getIdentity(): Promise<Identity> {
  return (await getRecord(IdentityRecord, activeProfileId.get(), "me")) ?? {};
}

/** Saves the person's facts (the whole set, each field optional). */
export function saveIdentity(identity: Identity): Promise<void> {
  return putRecord(IdentityRecord, activeProfileId.get(), "me", identity);
}

/** The record kind, for screens that re-read on change. */
export const IDENTITY_KIND = IdentityRecord.kind;
