import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isCalendarDate, todayOf } from "./calendarDate";

describe("calendar dates", () => {
  it("knows real dates from impossible ones, leap years included", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-13-01")).toBe(false);
    expect(isCalendarDate("14/03/2025")).toBe(false);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2026-06-30", -120)).toBe("2026-03-02");
  });

  it("adds months and clamps to the last day of the month", () => {
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 2)).toBe("2026-01-15");
  });

  it("counts days between dates whatever the time zone", () => {
    expect(daysBetween("2025-03-01", "2025-03-31")).toBe(30);
    expect(daysBetween("2025-03-31", "2025-03-01")).toBe(-30);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("reads today from the phone's clock", () => {
    expect(todayOf(new Date(2026, 10, 27, 23, 59))).toBe("2026-11-27");
  });
});
