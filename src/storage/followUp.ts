import * as z from "zod/mini";
import {
  type Attempt,
  AttemptSchema,
  type CurrentPermit,
  CurrentPermitSchema,
  type FollowUpEvent,
  FollowUpEventSchema,
} from "@/domain";
import { activeProfileId } from "./activeProfile";
import { defineDraft } from "./drafts";
import { deleteFile, putFile } from "./files";
import { defineRecordType, deleteRecord, getRecord, listRecords, putRecord } from "./records";

const PermitRecord = defineRecordType("currentPermit", 1, CurrentPermitSchema);
const EventRecord = defineRecordType("followUpEvent", 1, FollowUpEventSchema);
const AttemptRecord = defineRecordType("attempt", 1, AttemptSchema);
const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** The person's current titre or provisional document, if entered. */
export function getCurrentPermit(): Promise<CurrentPermit | undefined> {
  return getRecord(PermitRecord, activeProfileId.get(), "current");
}

/** Saves the current titre (kind, expiry, channel). */
export function saveCurrentPermit(permit: CurrentPermit): Promise<void> {
  return putRecord(PermitRecord, activeProfileId.get(), "current", permit);
}

/** Every follow-up event, oldest first. */
export async function listFollowUpEvents(): Promise<FollowUpEvent[]> {
  const rows = await listRecords(EventRecord, activeProfileId.get());
  return rows.map((row) => row.value).sort(byDate);
}

/** Adds or replaces a follow-up event. */
export function saveFollowUpEvent(event: FollowUpEvent): Promise<void> {
  return putRecord(EventRecord, activeProfileId.get(), event.id, event);
}

/** Removes a follow-up event. */
export function deleteFollowUpEvent(id: string): Promise<void> {
  return deleteRecord(EventRecord, activeProfileId.get(), id);
}

/** The journal of attempts, oldest first (the order a judge reads a chronology). */
export async function listAttempts(): Promise<Attempt[]> {
  const rows = await listRecords(AttemptRecord, activeProfileId.get());
  return rows.map((row) => row.value).sort((a, b) => byDate(a, b) || a.createdAt - b.createdAt);
}

/** Saves an attempt; its screenshot bytes first, so a saved entry never points to a missing file. */
export async function saveAttempt(attempt: Attempt, screenshot?: ArrayBuffer): Promise<void> {
  const profileId = activeProfileId.get();
  if (screenshot && attempt.screenshot) {
    await putFile(
      profileId,
      attempt.screenshot.fileKey,
      `attempt:${attempt.id}`,
      attempt.screenshot.mimeType,
      screenshot,
    );
  }
  await putRecord(AttemptRecord, profileId, attempt.id, attempt);
}

/** Deletes an attempt and its screenshot. */
export async function deleteAttempt(attempt: Attempt): Promise<void> {
  const profileId = activeProfileId.get();
  await deleteRecord(AttemptRecord, profileId, attempt.id);
  if (attempt.screenshot) await deleteFile(profileId, attempt.screenshot.fileKey);
}

/** The record kinds of the follow-up, for screens that re-read on change. */
export const FOLLOW_UP_KINDS: ReadonlySet<string> = new Set([
  PermitRecord.kind,
  EventRecord.kind,
  AttemptRecord.kind,
]);

/** The titre being entered, step by step. */
export const permitDraft = defineDraft("permit", z.partial(CurrentPermitSchema));

/** The follow-up event being entered. */
export const followUpEventDraft = defineDraft("followUpEvent", z.partial(FollowUpEventSchema));

/** The attempt being noted. */
export const attemptDraft = defineDraft("attempt", z.partial(AttemptSchema));

/** What the attempt form holds before it is complete. */
export type AttemptDraft = NonNullable<Awaited<ReturnType<typeof attemptDraft.get>>>;
