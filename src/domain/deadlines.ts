import { addDays, addMonths, type CalendarDate, daysBetween } from "@/lib/calendarDate";
import type { CurrentPermit } from "./followUp";

/** Where a renewal is filed; the deadline rule depends on it (DOMAIN.md §5.2). */
export type RenewalRule = "anef" | "prefecture" | "temporaryProtection";

/** The days within which a renewal must be filed, both ends included. */
export interface RenewalWindow {
  rule: RenewalRule;
  opens: CalendarDate;
  closes: CalendarDate;
  expires: CalendarDate;
}

/** Where today falls against the window. */
export type RenewalPhase = "tooEarly" | "open" | "late" | "expired";

/** What a late renewal costs (DOMAIN.md §4 and §5.2). */
export type LateConsequence = "lateFee" | "noProlongationAttestation";

/** The sources of each rule, shown with it as full addresses (DOMAIN.md §5.2, §5.3, §3.14). */
export const DEADLINE_SOURCES = {
  // R.431-5 1° CESEDA, in force since 1 May 2021: the windows, and the special cases (young people,
  // loss of French nationality, EU long-term residents).
  renewal: [
    "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776",
  ],
  // €180 late fee and loss of the API (DOMAIN.md §5.2, which gives these two sources).
  late: [
    "https://vaucluse.gouv.fr/Demarches/Immigration/Demarches-et-reglementation/Deposer-une-demande-en-ligne-via-l-ANEF",
    "https://mandyrezeaumerah.com/2024/02/17/je-nai-pas-recu-dattestation-de-prolongation-dinstruction-de-ma-demande-de-renouvellement-de-titre-de-sejour-attention-aux-delais/",
  ],
  // Protection temporaire: renewals 15 days to 3 weeks before expiry (Calvados, DOMAIN.md §3.14).
  temporaryProtection: [
    "https://www.calvados.gouv.fr/layout/set/print/Actualites/Accueil-des-deplaces-ukrainiens-dans-le-Calvados/Sejour-Protection-temporaire-IInformaciya-pro-timchasovij-zahist-u-Franciyi-Vremennaya-zaschita",
  ],
  // API owed when the request is complete and on time, valid up to 3 months, renewed until the
  // decision (R.431-15-1, DOMAIN.md §5.3).
  attestation: [
    "https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-reglementaire/livre-iv/titre-iii/chapitre-i/section-5/sous-section-2",
  ],
} as const satisfies Record<string, readonly string[]>;

/** The late-renewal fee in euros: €180 since 2020; the 2026 finance law does not mention it (⚠ to confirm). */
export const LATE_FEE = { amount: 180, toConfirm: true } as const;

/**
 * The renewal window of a titre expiring on `expires`:
 * ANEF titres between the 120th and the 60th day before expiry; others within the 2 months before
 * expiry (R.431-5 1°); protection temporaire 3 weeks to 15 days before expiry.
 */
export function renewalWindow(expires: CalendarDate, rule: RenewalRule): RenewalWindow {
  switch (rule) {
    case "anef":
      return { rule, expires, opens: addDays(expires, -120), closes: addDays(expires, -60) };
    case "prefecture":
      return { rule, expires, opens: addMonths(expires, -2), closes: addDays(expires, -1) };
    case "temporaryProtection":
      return { rule, expires, opens: addDays(expires, -21), closes: addDays(expires, -15) };
  }
}

/** The renewal rule of a permit; "unknown" counts as ANEF, whose window opens and closes earlier. */
export function ruleOf(permit: CurrentPermit): RenewalRule {
  return permit.channel === "unknown" ? "anef" : permit.channel;
}

/** Where today stands for a renewal, with the days left and what being late costs. */
export interface RenewalStatus {
  window: RenewalWindow;
  phase: RenewalPhase;
  daysUntilOpens: number;
  daysUntilCloses: number;
  daysUntilExpiry: number;
  consequences: LateConsequence[];
}

/** Computes the renewal status on `today`. */
export function renewalStatus(expires: CalendarDate, rule: RenewalRule, today: CalendarDate): RenewalStatus {
  const window = renewalWindow(expires, rule);
  const daysUntilOpens = daysBetween(today, window.opens);
  const daysUntilCloses = daysBetween(today, window.closes);
  const daysUntilExpiry = daysBetween(today, expires);
  const phase: RenewalPhase =
    daysUntilExpiry < 0 ? "expired" : daysUntilCloses < 0 ? "late" : daysUntilOpens > 0 ? "tooEarly" : "open";
  const late = phase === "late" || phase === "expired";
  // The API exists only for ANEF requests; a late one loses it and pays the late fee (DOMAIN.md §5.2).
  const consequences: LateConsequence[] =
    late && rule !== "temporaryProtection"
      ? rule === "anef"
        ? ["lateFee", "noProlongationAttestation"]
        : ["lateFee"]
      : [];
  return { window, phase, daysUntilOpens, daysUntilCloses, daysUntilExpiry, consequences };
}

/** How a provisional document with an end date stands today. */
export type AttestationPhase = "valid" | "endingSoon" | "ended";

/** Days before its end at which an attestation is flagged: two weeks, time to ask for the next one. */
export const ENDING_SOON_DAYS = 14;

/** The phase of an attestation (API) or récépissé ending on `ends`. */
export function attestationPhase(ends: CalendarDate, today: CalendarDate): AttestationPhase {
  const left = daysBetween(today, ends);
  if (left < 0) return "ended";
  return left <= ENDING_SOON_DAYS ? "endingSoon" : "valid";
}

/**
 * Whether a dated document is still recent enough, or still valid, on the planned filing date:
 * "olderThanAdvised" is past the safe age but within what the text accepts (proof of address: 3 months
 * advised, annexe 10 accepts 6; DOMAIN.md §2).
 */
export type Freshness = "ok" | "olderThanAdvised" | "tooOld" | "expired";

/**
 * Proof of address and certificates have a maximum age; passports and titres an expiry date.
 * Checked against the date the person plans to file, not today. A document issued exactly
 * `maxAgeMonths` months before that date is still fresh; one day more and it is not.
 */
export function freshnessOn(
  document: {
    issuedOn?: CalendarDate | undefined;
    maxAgeMonths?: number | undefined;
    legalMaxAgeMonths?: number | undefined;
    expiresOn?: CalendarDate | undefined;
  },
  filingDate: CalendarDate,
): Freshness {
  if (document.expiresOn && daysBetween(filingDate, document.expiresOn) < 0) return "expired";
  const { issuedOn, maxAgeMonths, legalMaxAgeMonths } = document;
  if (issuedOn && maxAgeMonths !== undefined) {
    const pastAdvised = daysBetween(addMonths(issuedOn, maxAgeMonths), filingDate) > 0;
    if (!pastAdvised) return "ok";
    if (legalMaxAgeMonths !== undefined && legalMaxAgeMonths > maxAgeMonths) {
      const pastLegal = daysBetween(addMonths(issuedOn, legalMaxAgeMonths), filingDate) > 0;
      return pastLegal ? "tooOld" : "olderThanAdvised";
    }
    return "tooOld";
  }
  return "ok";
}
