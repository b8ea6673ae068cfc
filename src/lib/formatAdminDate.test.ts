import { describe, expect, it } from "vitest";
import { formatAdminDate } from "./formatAdminDate";

describe("formatAdminDate", () => {
  it("writes a calendar date as DD/MM/YYYY", () => {
    expect(formatAdminDate("2025-03-14")).toBe("14/03/2025");
  });

  it("writes a Date in local time with zero padding", () => {
    expect(formatAdminDate(new Date(2025, 0, 5))).toBe("05/01/2025");
  });

  it("refuses text that is not a calendar date", () => {
    expect(() => formatAdminDate("14/03/2025")).toThrow(RangeError);
    expect(() => formatAdminDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("never depends on the locale: the same digits come out where Intl would differ", () => {
    // What Intl gives for these locales is not what the documents print (UX.md §3.3).
    const intlFa = new Intl.DateTimeFormat("fa-AF").format(new Date(2025, 2, 14));
    expect(intlFa).not.toBe("14/03/2025");
    expect(formatAdminDate(new Date(2025, 2, 14))).toBe("14/03/2025");
  });
});
