import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendarDate";
import { attestationPhase, freshnessOn, renewalStatus, renewalWindow } from "./deadlines";

const EXPIRY = "2026-06-30";
const daysBefore = (n: number) => addDays(EXPIRY, -n);

describe("the ANEF renewal window (between the 120th and the 60th day before expiry)", () => {
  it.each([
    [121, "tooEarly"],
    [120, "open"],
    [90, "open"],
    [60, "open"],
    [59, "late"],
    [1, "late"],
    [0, "late"],
    [-1, "expired"],
  ])("%i days before expiry is %s", (days, phase) => {
    expect(renewalStatus(EXPIRY, "anef", daysBefore(days)).phase).toBe(phase);
  });

  it("opens and closes on the right calendar days", () => {
    expect(renewalWindow(EXPIRY, "anef")).toMatchObject({ opens: "2026-03-02", closes: "2026-05-01" });
  });

  it("counts across a leap day", () => {
    expect(renewalWindow("2024-05-30", "anef").opens).toBe("2024-01-31");
    expect(renewalWindow("2024-04-29", "anef").closes).toBe("2024-02-29");
  });

  it("costs the late fee and the right to an attestation de prolongation once late", () => {
    expect(renewalStatus(EXPIRY, "anef", daysBefore(59)).consequences).toEqual([
      "lateFee",
      "noProlongationAttestation",
    ]);
    expect(renewalStatus(EXPIRY, "anef", daysBefore(60)).consequences).toEqual([]);
  });

  it("says a titre that expired yesterday has expired", () => {
    const status = renewalStatus(EXPIRY, "anef", "2026-07-01");
    expect(status.phase).toBe("expired");
    expect(status.daysUntilExpiry).toBe(-1);
  });
});

describe("renewals outside ANEF", () => {
  it("are filed within the 2 months before expiry", () => {
    expect(renewalWindow(EXPIRY, "prefecture")).toMatchObject({ opens: "2026-04-30", closes: "2026-06-29" });
    expect(renewalStatus(EXPIRY, "prefecture", "2026-04-29").phase).toBe("tooEarly");
    expect(renewalStatus(EXPIRY, "prefecture", "2026-04-30").phase).toBe("open");
    expect(renewalStatus(EXPIRY, "prefecture", "2026-06-30").consequences).toEqual(["lateFee"]);
  });

  it("under temporary protection, 3 weeks to 15 days before expiry", () => {
    expect(renewalWindow(EXPIRY, "temporaryProtection")).toMatchObject({
      opens: "2026-06-09",
      closes: "2026-06-15",
    });
  });
});

describe("attestations with an end date", () => {
  it.each([
    [15, "valid"],
    [14, "endingSoon"],
    [13, "endingSoon"],
    [0, "endingSoon"],
    [-1, "ended"],
  ])("ending in %i days is %s", (days, phase) => {
    expect(attestationPhase(addDays("2026-11-27", days), "2026-11-27")).toBe(phase);
  });
});

describe("document freshness on the planned filing date", () => {
  it("flags a proof of address older than 3 months", () => {
    expect(freshnessOn({ issuedOn: "2026-08-27", maxAgeMonths: 3 }, "2026-11-27")).toBe("ok");
    expect(freshnessOn({ issuedOn: "2026-08-26", maxAgeMonths: 3 }, "2026-11-27")).toBe("tooOld");
  });

  it("flags a passport that will have expired", () => {
    expect(freshnessOn({ expiresOn: "2026-12-01" }, "2026-12-02")).toBe("expired");
    expect(freshnessOn({ expiresOn: "2026-12-01" }, "2026-12-01")).toBe("ok");
  });
});
