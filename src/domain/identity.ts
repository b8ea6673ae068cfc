import * as z from "zod/mini";
import { CalendarDateSchema } from "./followUp";

const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/**
 * The facts that papers need about the person, each optional: what is missing is left blank on paper,
 * never guessed (DOMAIN.md §6.3 lists what a letter to the préfecture carries).
 */
export const IdentitySchema = z.object({
  /** Surname and first names exactly as on the passport. */
  surname: text(120),
  givenNames: text(160),
  birthDate: z.optional(CalendarDateSchema),
  birthPlace: text(160),
  nationality: text(80),
  address: text(300),
  phone: text(40),
  email: text(160),
  /** Numéro étranger (AGDREF), printed on the titre; its format is unverified (DOMAIN.md §5.5). */
  foreignerNumber: text(40),
  anefEmail: text(160),
  /** The titre's number, and the ANEF request number or attestation de dépôt number. */
  permitNumber: text(40),
  requestNumber: text(60),
  /** The préfecture's département, as in "Monsieur le Préfet du Rhône". */
  prefecture: text(80),
});
export type Identity = z.infer<typeof IdentitySchema>;

/** Fields the "about me" screen shows, in the order a form at the counter asks them. */
export const IDENTITY_FIELDS = [
  "surname",
  "givenNames",
  "birthDate",
  "birthPlace",
  "nationality",
  "address",
  "phone",
  "email",
  "foreignerNumber",
  "anefEmail",
  "permitNumber",
  "requestNumber",
  "prefecture",
] as const satisfies ReadonlyArray<keyof Identity>;
