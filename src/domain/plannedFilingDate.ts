import { type CalendarDate, daysBetween } from "@/lib/calendarDate";
import { renewalWindow, ruleOf } from "./deadlines";
import type { CurrentPermit, FollowUpEvent } from "./followUp";

/** Where the planned filing date comes from, said on screen beside it. */
export type FilingBasis = "filed" | "windowOpens" | "today";

/** The date documents are checked against, and why that date. */
export interface PlannedFiling {
  date: CalendarDate;
  basis: FilingBasis;
}

/**
 * The day the file is (or was) handed in: the recorded filing date; otherwise the day the renewal window
 * opens when it is still ahead (the earliest day to file, R.431-5); otherwise today.
 */
export function plannedFilingDate(
  permit: CurrentPermit | undefined,
  events: readonly FollowUpEvent[],
  today: CalendarDate,
): PlannedFiling {
  const filed = events.filter((e) => e.kind === "filed").sort((a, b) => b.date.localeCompare(a.date))[0];
  if (filed) return { date: filed.date, basis: "filed" };
  if (permit) {
    const { opens } = renewalWindow(permit.expiresOn, ruleOf(permit));
    if (daysBetween(today, opens) > 0) return { date: opens, basis: "windowOpens" };
  }
  return { date: today, basis: "today" };
}
