import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { addDays, addMonths } from "@/lib/calendarDate";
import { freshnessOn } from "./deadlines";
import type { DocumentRules } from "./definitions";
import {
  checklistFreshness,
  countStale,
  dateKindOf,
  documentFreshness,
  warningOf,
} from "./documentFreshness";
import type { FollowUpEvent } from "./followUp";
import { nextStep } from "./nextStep";
import { plannedFilingDate } from "./plannedFilingDate";

const rulesOf = (id: string): DocumentRules => {
  const found = catalogue.documents.find((d) => d.id === id);
  if (!found) throw new Error(`No document ${id}`);
  return found.rules;
};
const TODAY = "2026-11-27";

describe("a proof of address on the filing date (3 months advised, annexe 10 accepts 6)", () => {
  const bill = rulesOf("utilityBill");

  it("reads the catalogue: 3 months advised, 6 accepted, dated by its issue date", () => {
    expect(bill.maxAgeMonths).toBe(3);
    expect(bill.legalMaxAgeMonths).toBe(6);
    expect(dateKindOf(bill)).toBe("issuedOn");
  });

  it.each([
    ["exactly 3 months old", "2026-08-27", "ok"],
    ["3 months and 1 day old", "2026-08-26", "olderThanAdvised"],
    ["exactly 6 months old", "2026-05-27", "olderThanAdvised"],
    ["6 months and 1 day old", "2026-05-26", "tooOld"],
  ])("is %s on the filing day: %s", (_, issuedOn, expected) => {
    expect(documentFreshness(bill, { issuedOn }, TODAY, TODAY)?.atFiling).toBe(expected);
  });

  it("clamps at month ends: issued 31 May is fresh until 31 August, not 1 September", () => {
    const check = documentFreshness(bill, { issuedOn: "2026-05-31" }, "2026-06-01", "2026-08-31");
    expect(check?.goodUntil).toBe("2026-08-31");
    expect(check?.atFiling).toBe("ok");
    expect(freshnessOn({ issuedOn: "2026-05-31", maxAgeMonths: 3 }, "2026-09-01")).toBe("tooOld");
  });

  it("handles 29 February: issued on it, fresh until 29 May; a year later, 28 February", () => {
    expect(documentFreshness(bill, { issuedOn: "2028-02-29" }, TODAY, "2028-05-29")?.atFiling).toBe("ok");
    expect(addMonths("2028-11-29", 3)).toBe("2029-02-28");
  });

  it("warns now when already too old, and 'by filing' when it will be", () => {
    const filing = "2027-01-15";
    const fresh = documentFreshness(bill, { issuedOn: "2026-11-01" }, TODAY, filing);
    expect(warningOf(fresh)).toBe("none");
    const willBe = documentFreshness(bill, { issuedOn: "2026-09-01" }, TODAY, filing);
    expect(willBe?.today).toBe("ok");
    expect(warningOf(willBe)).toBe("byFiling");
    const already = documentFreshness(bill, { issuedOn: "2026-05-01" }, TODAY, filing);
    expect(warningOf(already)).toBe("now");
  });

  it("says 'unknown' until a date is entered", () => {
    expect(warningOf(documentFreshness(bill, undefined, TODAY, TODAY))).toBe("unknown");
  });

  it("after filing, only the filing day counts: a bill that aged since is not flagged", () => {
    const check = documentFreshness(bill, { issuedOn: "2026-06-01" }, TODAY, "2026-07-01");
    expect(check?.today).not.toBe("ok");
    expect(check?.filed).toBe(true);
    expect(warningOf(check)).toBe("none");
  });
});

describe("a document with a plain maximum age (6 months)", () => {
  const certificate = rulesOf("childNationalityProof");

  it("is fine at exactly 6 months and too old one day later", () => {
    expect(certificate.maxAgeMonths).toBe(6);
    expect(documentFreshness(certificate, { issuedOn: "2026-05-27" }, TODAY, TODAY)?.atFiling).toBe("ok");
    expect(documentFreshness(certificate, { issuedOn: "2026-05-26" }, TODAY, TODAY)?.atFiling).toBe("tooOld");
  });
});

describe("a passport (expiry date)", () => {
  const passport = rulesOf("passport");

  it("is dated by its expiry", () => {
    expect(dateKindOf(passport)).toBe("expiresOn");
    expect(dateKindOf(rulesOf("timbreFiscal"))).toBeUndefined();
  });

  it("is expired the day after its end date, and valid on it", () => {
    const expired = documentFreshness(passport, { expiresOn: "2026-11-26" }, TODAY, TODAY);
    expect(expired?.today).toBe("expired");
    expect(warningOf(expired)).toBe("now");
    expect(documentFreshness(passport, { expiresOn: TODAY }, TODAY, TODAY)?.atFiling).toBe("ok");
  });

  it("is flagged when it expires before the filing date", () => {
    const check = documentFreshness(passport, { expiresOn: "2027-01-10" }, TODAY, "2027-02-01");
    expect(check?.today).toBe("ok");
    expect(check?.atFiling).toBe("expired");
    expect(warningOf(check)).toBe("byFiling");
    expect(check?.goodUntil).toBe("2027-01-10");
  });
});

describe("the planned filing date", () => {
  const permit = { kind: "titre", expiresOn: "2027-06-30", channel: "anef" } as const;

  it("is today with no titre entered", () => {
    expect(plannedFilingDate(undefined, [], TODAY)).toEqual({ date: TODAY, basis: "today" });
  });

  it("is the day the renewal window opens while it is ahead (120 days before expiry on ANEF)", () => {
    expect(plannedFilingDate(permit, [], TODAY)).toEqual({
      date: addDays("2027-06-30", -120),
      basis: "windowOpens",
    });
  });

  it("is today once the window is open", () => {
    expect(plannedFilingDate(permit, [], "2027-03-15")).toEqual({ date: "2027-03-15", basis: "today" });
  });

  it("is the recorded filing date once filed", () => {
    const filed: FollowUpEvent = { id: "f", kind: "filed", date: "2026-10-02" };
    expect(plannedFilingDate(permit, [filed], TODAY)).toEqual({ date: "2026-10-02", basis: "filed" });
  });
});

describe("the checklist's freshness and the home screen", () => {
  const dates = {
    utilityBill: { issuedOn: "2026-01-10" },
    passport: { expiresOn: "2027-12-31" },
    lease: { issuedOn: "2025-01-01" },
  };

  it("checks every dated document, skips 'not concerned' ones, and counts the stale ones", () => {
    const checks = checklistFreshness(
      ["utilityBill", "passport", "lease", "timbreFiscal"],
      (id) => catalogue.documents.find((d) => d.id === id)?.rules,
      dates,
      { lease: "notConcerned" },
      TODAY,
      TODAY,
    );
    expect([...checks.keys()]).toEqual(["utilityBill", "passport"]);
    expect(countStale(checks)).toBe(1);
  });

  it("mentions stale documents after an open renewal window, with the filing date", () => {
    const permit = { kind: "titre", expiresOn: "2027-06-30", channel: "anef" } as const;
    expect(nextStep(permit, [], TODAY, 2)).toEqual({
      kind: "documentsTooOld",
      date: "2027-03-02",
      count: 2,
    });
    expect(nextStep(permit, [], "2027-04-01", 2)?.kind).toBe("renewalOpen");
    expect(nextStep(undefined, [], TODAY, 1)).toEqual({ kind: "documentsTooOld", date: TODAY, count: 1 });
    expect(nextStep(undefined, [], TODAY, 0)).toBeUndefined();
  });
});
