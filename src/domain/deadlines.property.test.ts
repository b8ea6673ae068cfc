// Property-based tests of the renewal rules (R.431-5, DOMAIN.md §5.2) for any expiry date, leap years
// included, and any "today".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "@/lib/calendarDate";
import { freshnessOn, type RenewalRule, renewalStatus, renewalWindow } from "./deadlines";

const pad = (n: number) => String(n).padStart(2, "0");
/** Any day from 2000 to 2100 (2000 is a leap year, 2100 is not). */
const anyDay = fc.integer({ min: 0, max: 36_524 }).map((offset) => addDays("2000-01-01", offset));
const anyRule = fc.constantFrom<RenewalRule>("anef", "prefecture", "temporaryProtection");

describe("the renewal window, for any expiry date", () => {
  it("opens before it closes, and closes before the titre expires", () => {
    fc.assert(
      fc.property(anyDay, anyRule, (expires, rule) => {
        const w = renewalWindow(expires, rule);
        expect(daysBetween(w.opens, w.closes)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(w.closes, expires)).toBeGreaterThan(0);
      }),
    );
  });

  it("on ANEF, opens exactly 120 days and closes exactly 60 days before expiry", () => {
    fc.assert(
      fc.property(anyDay, (expires) => {
        const w = renewalWindow(expires, "anef");
        expect(daysBetween(w.opens, expires)).toBe(120);
        expect(daysBetween(w.closes, expires)).toBe(60);
      }),
    );
  });

  it("puts day 121 before the window, days 120 to 60 in it, day 59 late, and the day after expiry expired", () => {
    fc.assert(
      fc.property(anyDay, (expires) => {
        const phaseAt = (daysBefore: number) =>
          renewalStatus(expires, "anef", addDays(expires, -daysBefore)).phase;
        expect(phaseAt(121)).toBe("tooEarly");
        expect(phaseAt(120)).toBe("open");
        expect(phaseAt(60)).toBe("open");
        expect(phaseAt(59)).toBe("late");
        expect(phaseAt(0)).toBe("late");
        expect(phaseAt(-1)).toBe("expired");
      }),
    );
  });

  it("moves through the phases in order as days pass, never back", () => {
    const order = ["tooEarly", "open", "late", "expired"];
    fc.assert(
      fc.property(anyDay, anyRule, fc.integer({ min: -400, max: 400 }), (expires, rule, step) => {
        const a = renewalStatus(expires, rule, addDays(expires, step)).phase;
        const b = renewalStatus(expires, rule, addDays(expires, step + 1)).phase;
        expect(order.indexOf(b)).toBeGreaterThanOrEqual(order.indexOf(a));
      }),
    );
  });

  it("charges the late fee exactly when late or expired, never for protection temporaire", () => {
    fc.assert(
      fc.property(anyDay, anyRule, fc.integer({ min: -400, max: 400 }), (expires, rule, offset) => {
        const status = renewalStatus(expires, rule, addDays(expires, offset));
        const late = status.phase === "late" || status.phase === "expired";
        expect(status.consequences.includes("lateFee")).toBe(late && rule !== "temporaryProtection");
      }),
    );
  });

  it("counts days consistently: expiry = closes + days between", () => {
    fc.assert(
      fc.property(anyDay, anyRule, anyDay, (expires, rule, today) => {
        const s = renewalStatus(expires, rule, today);
        expect(addDays(today, s.daysUntilExpiry)).toBe(expires);
        expect(addDays(today, s.daysUntilCloses)).toBe(s.window.closes);
        expect(addDays(today, s.daysUntilOpens)).toBe(s.window.opens);
      }),
    );
  });
});

describe("document freshness, for any issue date", () => {
  it("is fresh up to the same day N months later and too old the next day", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 12 }), (issuedOn, months) => {
        const [y, m, d] = issuedOn.split("-").map(Number);
        const target = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + months, 1));
        const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        const limit = `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(d ?? 1, last))}`;
        expect(freshnessOn({ issuedOn, maxAgeMonths: months }, limit)).toBe("ok");
        expect(freshnessOn({ issuedOn, maxAgeMonths: months }, addDays(limit, 1))).toBe("tooOld");
      }),
    );
  });

  it("is never better on a later filing date", () => {
    const rank = { ok: 0, olderThanAdvised: 1, tooOld: 2, expired: 3 } as const;
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: 0, max: 400 }), (issuedOn, filing, later) => {
        const doc = { issuedOn, maxAgeMonths: 3, legalMaxAgeMonths: 6, expiresOn: addDays(issuedOn, 700) };
        expect(rank[freshnessOn(doc, addDays(filing, later))]).toBeGreaterThanOrEqual(
          rank[freshnessOn(doc, filing)],
        );
      }),
    );
  });
});
