import * as z from "zod/mini";
import { isCalendarDate } from "@/lib/calendarDate";

/** A calendar date "YYYY-MM-DD" that really exists. */
export const CalendarDateSchema = z.string().check(z.refine(isCalendarDate, "Not a calendar date"));

/** The document that makes the stay regular today (titre, VLS-TS, récépissé, attestation, APS). */
export const CurrentPermitSchema = z.object({
  kind: z.enum(["titre", "vlsts", "recepisse", "prolongation", "aps"]),
  expiresOn: CalendarDateSchema,
  /** Where the renewal is filed; "unknown" is treated as ANEF, the earlier window (safe advice). */
  channel: z.enum(["anef", "prefecture", "temporaryProtection", "unknown"]),
});
export type CurrentPermit = z.infer<typeof CurrentPermitSchema>;

/**
 * Where a request was filed: on ANEF, at the préfecture's counter, by post, or on démarches-simplifiées
 * (the catalogue's channels, with "préfecture" split in two: the substitution solution can be a deposit
 * at the counter or by post, depending on the préfecture, DOMAIN.md §5.4,
 * https://mandyrezeaumerah.com/2025/07/11/que-faire-en-cas-de-bug-blocage-informatique-sur-le-teleservice-anef).
 */
export const FILING_CHANNELS = ["anef", "counter", "post", "demarchesSimplifiees"] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

/** Something dated that happened or will happen after filing (DOMAIN.md §5.3). */
export const FollowUpEventSchema = z.object({
  id: z.string(),
  kind: z.enum([
    "filed",
    "depositAttestation",
    "prolongationAttestation",
    "recepisse",
    "convocation",
    "cardPickup",
  ]),
  date: CalendarDateSchema,
  /** End of validity, for the attestation de prolongation d'instruction and the récépissé. */
  endsOn: z.optional(CalendarDateSchema),
  /** How a "filed" request was filed; optional, so events stored before it was asked still read. */
  channel: z.optional(z.enum(FILING_CHANNELS)),
});
export type FollowUpEvent = z.infer<typeof FollowUpEventSchema>;

/**
 * The Centre de contact citoyen's phone, a free call (DOMAIN.md §5.4). Its hours differ between sources
 * (⚠ unverified), so none are given.
 */
export const CCC_PHONE = {
  number: "0 806 001 620",
  source:
    "https://www.moselle.gouv.fr/layout/set/print/Demarches-administratives/Demarches-de-l-etranger-en-France/Titre-de-sejour-et-documents-de-voyage/Autres-demarches/Duplicata-de-titre-de-sejour-perte-vol-ou-destruction",
} as const;

/** One attempt to get through when ANEF fails; together they prove the "diligences" of R.431-2. */
export const AttemptSchema = z.object({
  id: z.string(),
  kind: z.enum(["anefError", "cccCall", "panVisit", "messageSent", "appointmentUnavailable"]),
  date: CalendarDateSchema,
  /** What happened, the error shown, or to whom a message was sent (typed by the person or a helper). */
  note: z.optional(z.string().check(z.maxLength(2000))),
  /** The CCC ticket number. */
  ticket: z.optional(z.string().check(z.maxLength(80))),
  /** The place of a PAN visit. */
  place: z.optional(z.string().check(z.maxLength(200))),
  /** The stored screenshot of the error, if any. */
  screenshot: z.optional(z.object({ fileKey: z.string(), mimeType: z.string() })),
  createdAt: z.number(),
});
export type Attempt = z.infer<typeof AttemptSchema>;
export type AttemptKind = Attempt["kind"];
