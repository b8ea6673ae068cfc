import { describe, expect, it } from "vitest";
import type { CurrentPermit, FollowUpEvent } from "./followUp";
import { nextStep } from "./nextStep";

const permit: CurrentPermit = { kind: "titre", expiresOn: "2026-06-30", channel: "anef" };
const event = (kind: FollowUpEvent["kind"], date: string, endsOn?: string): FollowUpEvent =>
  endsOn ? { id: kind + date, kind, date, endsOn } : { id: kind + date, kind, date };

describe("the next step shown on the home screen", () => {
  it("is the date the renewal window opens, long before", () => {
    expect(nextStep(permit, [], "2026-01-10")).toEqual({ kind: "renewalOpens", date: "2026-03-02" });
  });

  it("is the last day to file while the window is open", () => {
    expect(nextStep(permit, [], "2026-04-01")).toEqual({ kind: "renewalOpen", date: "2026-05-01" });
  });

  it("warns when the window has closed, and when the titre has expired", () => {
    expect(nextStep(permit, [], "2026-05-02")?.kind).toBe("renewalLate");
    expect(nextStep(permit, [], "2026-07-01")?.kind).toBe("permitExpired");
  });

  it("treats an unknown channel as ANEF, the earlier window", () => {
    expect(nextStep({ ...permit, channel: "unknown" }, [], "2026-05-02")?.kind).toBe("renewalLate");
  });

  it("puts an attestation ending within two weeks first, even before the renewal", () => {
    const events = [
      event("filed", "2026-04-01"),
      event("prolongationAttestation", "2026-06-30", "2026-09-30"),
    ];
    expect(nextStep(permit, events, "2026-09-17")).toEqual({
      kind: "attestationEndingSoon",
      date: "2026-09-30",
    });
    expect(nextStep(permit, events, "2026-09-15")).toBeUndefined();
    expect(nextStep(permit, events, "2026-10-01")?.kind).toBe("attestationEnded");
  });

  it("shows the nearest coming appointment once the request is filed", () => {
    const events = [
      event("filed", "2026-04-01"),
      event("convocation", "2026-05-20"),
      event("cardPickup", "2026-08-01"),
    ];
    expect(nextStep(permit, events, "2026-05-01")).toEqual({
      kind: "appointment",
      date: "2026-05-20",
      event: "convocation",
    });
    expect(nextStep(permit, events, "2026-05-21")).toEqual({
      kind: "appointment",
      date: "2026-08-01",
      event: "cardPickup",
    });
  });
});
