import { type Identity, IdentitySchema } from "@/domain";
import { activeProfileId } from "./activeProfile";
import { defineRecordType, getRecord, putRecord } from "./records";

const IdentityRecord = defineRecordType("identity", 1, IdentitySchema);

/** The person's facts for paper; empty when nothing was entered. */
export async function getIdentity(): Promise<Identity> {
  return (await getRecord(IdentityRecord, activeProfileId.get(), "me")) ?? {};
}

/**
 * Saves the person's facts (the whole set, each field optional) to `profileId`: a screen that queues its
 * saves names the person it was typed for, so a save that runs after a lock never lands in the next one's.
 */
export function saveIdentity(identity: Identity, profileId = activeProfileId.get()): Promise<void> {
  return putRecord(IdentityRecord, profileId, "me", identity);
}

/** The record kind, for screens that re-read on change. */
export const IDENTITY_KIND = IdentityRecord.kind;
