import { describe, expect, it } from "vitest";
import { ENCODING_LADDER, firstStepFor, LIMIT_MARGIN, planUpload } from "./planUpload";

const MB = 1024 * 1024;

describe("keeping each upload file under the size limit", () => {
  it("keeps a document that already fits", () => {
    expect(
      planUpload(
        [
          { kind: "jpeg", bytes: 300_000 },
          { kind: "jpeg", bytes: 250_000 },
        ],
        2_000,
        2 * MB,
      ),
    ).toEqual({
      action: "keep",
    });
  });

  it("shares the room left among the photos in proportion to their size, under the limit", () => {
    const plan = planUpload(
      [
        { kind: "jpeg", bytes: 600_000 },
        { kind: "pdf", bytes: 200_000 },
        { kind: "jpeg", bytes: 300_000 },
      ],
      4_000,
      1 * MB,
    );
    expect(plan.action).toBe("recompress");
    if (plan.action !== "recompress") return;
    const [first, pdf, third] = plan.pageBudgets;
    expect(pdf).toBe(0);
    expect(first).toBeGreaterThan(third ?? 0);
    expect((first ?? 0) / (third ?? 1)).toBeCloseTo(2, 1);
    const total = plan.pageBudgets.reduce((a, b) => a + b, 0) + 200_000 + 4_000;
    expect(total).toBeLessThanOrEqual(1 * MB * (1 - LIMIT_MARGIN));
  });

  it("says plainly when an imported PDF alone is over the limit (it cannot be shrunk here)", () => {
    expect(planUpload([{ kind: "pdf", bytes: 3 * MB }], 1_000, 2 * MB)).toEqual({ action: "tooBig" });
    expect(
      planUpload(
        [
          { kind: "pdf", bytes: 1.5 * MB },
          { kind: "jpeg", bytes: 900_000 },
        ],
        1_000,
        1.5 * MB,
      ),
    ).toEqual({
      action: "tooBig",
    });
  });

  it("says it does not fit when the photos would have to become unreadable", () => {
    const pages = Array.from({ length: 200 }, () => ({ kind: "jpeg" as const, bytes: 300_000 }));
    expect(planUpload(pages, 50_000, 1 * MB)).toEqual({ action: "tooBig" });
  });

  it("starts re-encoding at a gentler step when little must be saved", () => {
    expect(firstStepFor(100_000, 90_000)).toBe(0);
    expect(firstStepFor(100_000, 50_000)).toBe(2);
    expect(firstStepFor(100_000, 5_000)).toBe(ENCODING_LADDER.length - 1);
    for (let i = 1; i < ENCODING_LADDER.length; i += 1) {
      const [a, b] = [ENCODING_LADDER[i - 1], ENCODING_LADDER[i]];
      expect((b?.scale ?? 0) * (b?.quality ?? 0)).toBeLessThan((a?.scale ?? 0) * (a?.quality ?? 0));
    }
  });
});
