import { describe, expect, it } from "vitest";
import { FILING_CHANNELS, FollowUpEventSchema } from "./followUp";

describe("the filing channel of a follow-up event", () => {
  it("reads an event stored before the channel was asked, without inventing one", () => {
    const stored = { id: "a", kind: "filed", date: "2025-03-04" };
    const event = FollowUpEventSchema.parse(stored);
    expect(event).toEqual(stored);
    expect(event.channel).toBeUndefined();
  });

  it("keeps each channel the catalogue knows, with the préfecture's counter and post apart", () => {
    expect(FILING_CHANNELS).toEqual(["anef", "counter", "post", "demarchesSimplifiees"]);
    for (const channel of FILING_CHANNELS) {
      expect(FollowUpEventSchema.parse({ id: "a", kind: "filed", date: "2025-03-04", channel }).channel).toBe(
        channel,
      );
    }
  });

  it("refuses a channel it does not know", () => {
    expect(() =>
      FollowUpEventSchema.parse({ id: "a", kind: "filed", date: "2025-03-04", channel: "fax" }),
    ).toThrow();
  });
});
