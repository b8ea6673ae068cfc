import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./buildCalendar";

const items = [
  {
    id: "renewal-opens",
    date: "2026-03-02",
    title: "Papiers : renouvellement, début",
    description: "Vous pouvez déposer la demande.",
    remindDaysBefore: 7,
  },
  {
    id: "renewal-closes",
    date: "2026-05-01",
    title: "Papiers : dernier jour; ne pas oublier, SVP",
    description: "Ligne 1\nLigne 2 — très longue ".repeat(8),
    remindDaysBefore: 0,
  },
];

describe("buildCalendar", () => {
  it("writes an iCalendar file that a calendar parser reads back with the right dates", () => {
    const ics = buildCalendar(items, new Date("2026-11-27T10:00:00Z"));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
      ["renewal-opens@papiers.local", "2026-03-02", "Papiers : renouvellement, début"],
      ["renewal-closes@papiers.local", "2026-05-01", "Papiers : dernier jour; ne pas oublier, SVP"],
    ]);
    expect(events[1]?.description).toBe(items[1]?.description);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it("reminds at 9:00, on the day or some days before", () => {
    const ics = buildCalendar(items, new Date("2026-11-27T10:00:00Z"));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const alarms = calendar
      .getAllSubcomponents("vevent")
      .map((e) => e.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger")?.toString());
    expect(alarms).toEqual(["-P6DT15H", "PT9H"]);
  });

  it("keeps every line within 75 octets, with CRLF endings", () => {
    const ics = buildCalendar(items, new Date("2026-11-27T10:00:00Z"));
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
