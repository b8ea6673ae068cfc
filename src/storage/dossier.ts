import type { Answers, DocumentDates, DocumentStatus } from "@/domain";
import { activeProfileId } from "./activeProfile";
import {
  defineRecordType,
  deleteRecord,
  getRecord,
  listRecords,
  putRecord,
  type RecordType,
} from "./records";

// The person's dossier: their answers and where each document stands. Both belong to the active
// profile, read once when a call starts: a lock during the wait for the schemas must not redirect the
// write to another profile (the codec of a locked one refuses it). records.ts applies the codec.
// The schemas come from the domain on first use, so the first screen does not carry them (size budget).

const ANSWERS_ID = "current";
/** The record kind of document dates, for screens that re-read on change. */
export const DOCUMENT_DATES_KIND = "documentDates";
let types: Promise<{
  answers: RecordType<Answers>;
  status: RecordType<{ status: DocumentStatus; updatedAt: number }>;
  dates: RecordType<DocumentDates>;
}>;

/** The record types: the answers (one per profile) and one status record per document id. */
function recordTypes() {
  types ??= import("@/domain").then(({ AnswersSchema, DocumentDatesSchema, DocumentStatusRecordSchema }) => ({
    answers: defineRecordType("answers", 1, AnswersSchema),
    status: defineRecordType("documentStatus", 1, DocumentStatusRecordSchema),
    dates: defineRecordType(DOCUMENT_DATES_KIND, 1, DocumentDatesSchema),
  }));
  return types;
}

/** The active profile's answers, or none yet. */
export async function loadAnswers(): Promise<Answers> {
  const profile = activeProfileId.get();
  const { answers } = await recordTypes();
  return (await getRecord(answers, profile, ANSWERS_ID)) ?? { reasons: [{}] };
}

/** Saves the answers at once (every tap is autosaved). */
export async function saveAnswers(value: Answers): Promise<void> {
  const profile = activeProfileId.get();
  const { answers } = await recordTypes();
  await putRecord(answers, profile, ANSWERS_ID, value);
}

/** Every document status of the active profile, by document id. */
export async function loadDocumentStatuses(): Promise<Record<string, DocumentStatus>> {
  const profile = activeProfileId.get();
  const { status } = await recordTypes();
  const rows = await listRecords(status, profile);
  return Object.fromEntries(rows.map(({ id, value }) => [id, value.status]));
}

/** Sets a document's status; "missing" is the default and is stored by removing the record. */
export async function saveDocumentStatus(documentId: string, value: DocumentStatus): Promise<void> {
  const profile = activeProfileId.get();
  const { status } = await recordTypes();
  if (value === "missing") return deleteRecord(status, profile, documentId);
  await putRecord(status, profile, documentId, { status: value, updatedAt: Date.now() });
}

/** The dates entered for each document (issue or expiry), by document id. */
export async function loadDocumentDates(): Promise<Record<string, DocumentDates>> {
  const profile = activeProfileId.get();
  const { dates } = await recordTypes();
  const rows = await listRecords(dates, profile);
  return Object.fromEntries(rows.map(({ id, value }) => [id, value]));
}

/** Saves a document's dates, encrypted like the rest of the dossier; no date removes the record. */
export async function saveDocumentDates(documentId: string, value: DocumentDates): Promise<void> {
  const profile = activeProfileId.get();
  const { dates } = await recordTypes();
  if (!value.issuedOn && !value.expiresOn) return deleteRecord(dates, profile, documentId);
  await putRecord(dates, profile, documentId, value);
}
