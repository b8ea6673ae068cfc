import { type CalendarDate, daysBetween } from "@/lib/calendarDate";
import { attestationPhase, renewalStatus, ruleOf } from "./deadlines";
import type { CurrentPermit, FollowUpEvent } from "./followUp";
import { plannedFilingDate } from "./plannedFilingDate";

/** The one thing the home screen shows first, with its date. */
export type NextStep =
  | { kind: "attestationEnded" | "attestationEndingSoon"; date: CalendarDate }
  | { kind: "permitExpired" | "renewalLate"; date: CalendarDate }
  | { kind: "renewalOpen" | "renewalOpens"; date: CalendarDate }
  | { kind: "appointment"; date: CalendarDate; event: FollowUpEvent["kind"] }
  | { kind: "documentsTooOld"; date: CalendarDate; count: number };

/**
 * The most urgent next step: an attestation that ends, then a late or expired titre, then the open
 * renewal window, then documents too old for the planned filing date (`staleDocuments`, counted by
 * the caller with documentFreshness), then the nearest appointment, then the date the window opens.
 */
export function nextStep(
  permit: CurrentPermit | undefined,
  events: readonly FollowUpEvent[],
  today: CalendarDate,
  staleDocuments = 0,
): NextStep | undefined {
  const attestations = events.filter((e) => e.kind === "prolongationAttestation" || e.kind === "recepisse");
  const latest = attestations
    .filter((e) => e.endsOn)
    .sort((a, b) => (b.endsOn ?? "").localeCompare(a.endsOn ?? ""))[0];
  if (latest?.endsOn) {
    const phase = attestationPhase(latest.endsOn, today);
    if (phase === "ended") return { kind: "attestationEnded", date: latest.endsOn };
    if (phase === "endingSoon") return { kind: "attestationEndingSoon", date: latest.endsOn };
  }
  const filed = events.some((e) => e.kind === "filed");
  const status = permit && !filed ? renewalStatus(permit.expiresOn, ruleOf(permit), today) : undefined;
  if (status?.phase === "expired") return { kind: "permitExpired", date: status.window.expires };
  if (status?.phase === "late") return { kind: "renewalLate", date: status.window.expires };
  if (status?.phase === "open") return { kind: "renewalOpen", date: status.window.closes };
  if (staleDocuments > 0 && !filed) {
    const { date } = plannedFilingDate(permit, events, today);
    return { kind: "documentsTooOld", date, count: staleDocuments };
  }
  const appointment = events
    .filter((e) => (e.kind === "convocation" || e.kind === "cardPickup") && daysBetween(today, e.date) >= 0)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (appointment) return { kind: "appointment", date: appointment.date, event: appointment.kind };
  if (status?.phase === "tooEarly") return { kind: "renewalOpens", date: status.window.opens };
  return undefined;
}
