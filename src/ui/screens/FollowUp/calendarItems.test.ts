import { describe, expect, it } from "vitest";
import type { FollowUpEvent } from "@/domain";
import type { AppT } from "@/i18n";
import { calendarItems } from "./calendarItems";

/** Returns the key, so the test reads which text each reminder uses without loading a language. */
const t = ((key: string) => key) as unknown as AppT;

const pick = (items: ReturnType<typeof calendarItems>) =>
  items.map(({ date, title, description, remindDaysBefore }) => ({
    date,
    title,
    description,
    remindDaysBefore,
  }));

describe("calendarItems", () => {
  it("puts the attestation's end in the calendar, reminded two weeks before", () => {
    const events: FollowUpEvent[] = [
      { id: "a", kind: "prolongationAttestation", date: "2026-01-10", endsOn: "2026-04-09" },
    ];
    expect(pick(calendarItems(t, undefined, events))).toEqual([
      {
        date: "2026-04-09",
        title: "followup:calendar.items.attestationEnds",
        description: "followup:events.endingSoon",
        remindDaysBefore: 14,
      },
    ]);
  });

  it("puts the convocation and the card pick-up on their own dates, reminded the day before", () => {
    const events: FollowUpEvent[] = [
      { id: "f", kind: "filed", date: "2026-01-05", channel: "anef" },
      { id: "d", kind: "depositAttestation", date: "2026-01-05" },
      { id: "c", kind: "convocation", date: "2026-03-02" },
      { id: "p", kind: "cardPickup", date: "2026-05-18" },
    ];
    const items = calendarItems(t, undefined, events);
    expect(pick(items)).toEqual([
      {
        date: "2026-03-02",
        title: "followup:calendar.items.appointment",
        description: "followup:events.kinds.convocation",
        remindDaysBefore: 1,
      },
      {
        date: "2026-05-18",
        title: "followup:calendar.items.appointment",
        description: "followup:events.kinds.cardPickup",
        remindDaysBefore: 1,
      },
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("adds the renewal window of the titre before the events, a récépissé's end included", () => {
    const items = calendarItems(t, { kind: "titre", expiresOn: "2026-06-30", channel: "anef" }, [
      { id: "r", kind: "recepisse", date: "2026-01-10", endsOn: "2026-07-09" },
    ]);
    expect(items.map((item) => [item.date, item.title])).toEqual([
      ["2026-03-02", "followup:calendar.items.renewalOpens"],
      ["2026-05-01", "followup:calendar.items.renewalCloses"],
      ["2026-06-30", "followup:calendar.items.expires"],
      ["2026-07-09", "followup:calendar.items.attestationEnds"],
    ]);
  });
});
