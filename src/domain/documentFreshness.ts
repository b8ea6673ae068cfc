import * as z from "zod/mini";
import { addMonths, type CalendarDate, daysBetween, isCalendarDate } from "@/lib/calendarDate";
import { type Freshness, freshnessOn } from "./deadlines";
import type { DocumentRules } from "./definitions";
import type { DocumentStatus } from "./status";

/** The dates a person entered for one document: when it was issued, or when it expires. */
export const DocumentDatesSchema = z.object({
  issuedOn: z.optional(z.string().check(z.refine(isCalendarDate, "Not a calendar date"))),
  expiresOn: z.optional(z.string().check(z.refine(isCalendarDate, "Not a calendar date"))),
});
export type DocumentDates = z.infer<typeof DocumentDatesSchema>;

/** Which date a document's rule needs: its issue date (maximum age) or its expiry date. */
export type DateKind = keyof DocumentDates;

/** The date a document needs, or none when its age does not matter. */
export function dateKindOf(rules: DocumentRules): DateKind | undefined {
  if (rules.maxAgeMonths !== undefined) return "issuedOn";
  if (rules.expires) return "expiresOn";
  return undefined;
}

/** A document's freshness today and on the planned filing date, from the date the person entered. */
export interface FreshnessCheck {
  needs: DateKind;
  /** The date entered; without it nothing can be said yet. */
  date: CalendarDate | undefined;
  today: Freshness;
  atFiling: Freshness;
  /** Last day the document is fresh by the safe advice, or still valid. */
  goodUntil: CalendarDate | undefined;
  /** The filing date is already behind (the request was filed): only that day counts. */
  filed: boolean;
}

/**
 * Checks one document against its catalogue rules, today and on the filing date. Pure: the screens
 * (checklist, document, printed summary) all read the same answer. Undefined when the rule has no date.
 */
export function documentFreshness(
  rules: DocumentRules,
  dates: DocumentDates | undefined,
  today: CalendarDate,
  filingDate: CalendarDate,
): FreshnessCheck | undefined {
  const needs = dateKindOf(rules);
  if (!needs) return undefined;
  const date = dates?.[needs];
  const filed = daysBetween(today, filingDate) < 0;
  if (!date) return { needs, date: undefined, today: "ok", atFiling: "ok", goodUntil: undefined, filed };
  const document =
    needs === "issuedOn"
      ? { issuedOn: date, maxAgeMonths: rules.maxAgeMonths, legalMaxAgeMonths: rules.legalMaxAgeMonths }
      : { expiresOn: date };
  const goodUntil = needs === "expiresOn" ? date : addMonths(date, rules.maxAgeMonths ?? 0);
  return {
    needs,
    date,
    today: freshnessOn(document, today),
    atFiling: freshnessOn(document, filingDate),
    goodUntil,
    filed,
  };
}

/** What the person should hear about a document: nothing, it is too old now, or it will be by filing. */
export type FreshnessWarning = "none" | "unknown" | "now" | "byFiling";

/** Sorts a check into the one warning a screen shows; once filed, only the filing day counts. */
export function warningOf(check: FreshnessCheck | undefined): FreshnessWarning {
  if (!check) return "none";
  if (!check.date) return "unknown";
  if (!check.filed && check.today !== "ok") return "now";
  return check.atFiling !== "ok" ? "byFiling" : "none";
}

/** What a warning is about: the state that triggered it (today's, or the filing day's). */
export function warnedState(check: FreshnessCheck): Freshness {
  return warningOf(check) === "now" ? check.today : check.atFiling;
}

/**
 * The freshness of every dated document on a checklist, by document id; documents marked "not
 * concerned" are left out. What the checklist and the printed summary show.
 */
export function checklistFreshness(
  documentIds: readonly string[],
  rulesOf: (documentId: string) => DocumentRules | undefined,
  dates: Readonly<Record<string, DocumentDates>>,
  statuses: Readonly<Record<string, DocumentStatus>>,
  today: CalendarDate,
  filingDate: CalendarDate,
): Map<string, FreshnessCheck> {
  const checks = new Map<string, FreshnessCheck>();
  for (const id of documentIds) {
    const rules = rulesOf(id);
    if (!rules || statuses[id] === "notConcerned") continue;
    const check = documentFreshness(rules, dates[id], today, filingDate);
    if (check) checks.set(id, check);
  }
  return checks;
}

/** How many documents are, or will be, too old or expired: what the home screen counts. */
export function countStale(checks: ReadonlyMap<string, FreshnessCheck>): number {
  let count = 0;
  for (const check of checks.values()) {
    const warning = warningOf(check);
    if (warning === "now" || warning === "byFiling") count++;
  }
  return count;
}
