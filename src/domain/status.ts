import { z } from "zod/mini";

/** Where a document stands for this person. */
export const DOCUMENT_STATUSES = ["missing", "have", "notConcerned"] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/** The stored status of one document, per profile. */
export const DocumentStatusRecordSchema = z.strictObject({
  status: DocumentStatusSchema,
  updatedAt: z.number(),
});
export type DocumentStatusRecord = z.infer<typeof DocumentStatusRecordSchema>;
