import {
  type Answers,
  AnswersSchema,
  type DocumentStatus,
  DocumentStatusRecordSchema,
  NO_ANSWERS,
} from "@/domain";
import { activeProfileId } from "./activeProfile";
import { defineRecordType, deleteRecord, getRecord, listRecords, putRecord } from "./records";

// The person's dossier: their answers and where each document stands. Both belong to the active
// profile; whichever codec that profile uses (plain or encrypted) is applied by records.ts.

/** The answers to the guided questions, one record per profile. */
export const answersRecord = defineRecordType("answers", 1, AnswersSchema);
/** One record per document id: have it / missing / not concerned. */
export const documentStatusRecord = defineRecordType("documentStatus", 1, DocumentStatusRecordSchema);
const ANSWERS_ID = "current";

/** The active profile's answers, or none yet. */
export async function loadAnswers(): Promise<Answers> {
  return (await getRecord(answersRecord, activeProfileId.get(), ANSWERS_ID)) ?? NO_ANSWERS;
}

/** Saves the answers at once (every tap is autosaved). */
export async function saveAnswers(answers: Answers): Promise<void> {
  await putRecord(answersRecord, activeProfileId.get(), ANSWERS_ID, answers);
}

/** Every document status of the active profile, by document id. */
export async function loadDocumentStatuses(): Promise<Record<string, DocumentStatus>> {
  const rows = await listRecords(documentStatusRecord, activeProfileId.get());
  return Object.fromEntries(rows.map(({ id, value }) => [id, value.status]));
}

/** Sets a document's status; "missing" is the default and is stored by removing the record. */
export async function saveDocumentStatus(documentId: string, status: DocumentStatus): Promise<void> {
  const profile = activeProfileId.get();
  if (status === "missing") return deleteRecord(documentStatusRecord, profile, documentId);
  await putRecord(documentStatusRecord, profile, documentId, { status, updatedAt: Date.now() });
}
