// Property-based tests of the calendar arithmetic every deadline rests on, over any day from 1900 to
// 2200 (leap years included: 2000 is one, 1900 and 2100 are not).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, type CalendarDate, daysBetween, isCalendarDate, todayOf } from "./calendarDate";
import { formatAdminDate } from "./formatAdminDate";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;

/** Any real calendar date from 1900 to 2200. */
const anyCalendarDate: fc.Arbitrary<CalendarDate> = fc
  .record({
    y: fc.integer({ min: 1900, max: 2200 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`);

describe("calendar dates, for any day", () => {
  it("recognises exactly the days that exist", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${pad(m)}-${pad(d)}`;
          expect(isCalendarDate(text)).toBe(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m));
        },
      ),
    );
  });

  it("adds and counts days consistently, and going back undoes going forward", () => {
    fc.assert(
      fc.property(anyCalendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
        expect(addDays(moved, -days)).toBe(date);
      }),
    );
  });

  it("adds months to a real day of the right month, clamped to its end, never further", () => {
    fc.assert(
      fc.property(anyCalendarDate, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const moved = addMonths(date, months);
        expect(isCalendarDate(moved)).toBe(true);
        const [y, m, d] = date.split("-").map(Number);
        const index = (y ?? 0) * 12 + (m ?? 1) - 1 + months;
        const [ty, tm, td] = moved.split("-").map(Number);
        expect((ty ?? 0) * 12 + (tm ?? 1) - 1).toBe(index);
        expect(td).toBe(Math.min(d ?? 1, daysIn(ty ?? 0, tm ?? 1)));
      }),
    );
  });

  it("is ordered like its text: comparing strings compares days", () => {
    fc.assert(
      fc.property(anyCalendarDate, anyCalendarDate, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(Math.sign(b.localeCompare(a)));
      }),
    );
  });

  it("prints DD/MM/YYYY with Latin digits, the same day as the date", () => {
    fc.assert(
      fc.property(anyCalendarDate, (date) => {
        const printed = formatAdminDate(date);
        expect(printed).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(printed.split("/").reverse().join("-")).toBe(date);
      }),
    );
  });

  it("prints a Date the way todayOf reads it", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01"), max: new Date("2150-01-01"), noInvalidDate: true }),
        (when) => {
          expect(formatAdminDate(when)).toBe(formatAdminDate(todayOf(when)));
        },
      ),
    );
  });

  it("refuses anything that is not a date, with a RangeError", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!isCalendarDate(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text));
        expect(() => formatAdminDate(text)).toThrow(RangeError);
        expect(() => addDays(text, 1)).toThrow(RangeError);
      }),
    );
  });
});
