import { describe, expect, it } from "vitest";
import { trackWrite, writesSettled } from "./pendingWrites";

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("waiting for the saves in flight before a lock", () => {
  it("waits for a write in flight and for the one a screen chains after it", async () => {
    const done: string[] = [];
    void trackWrite(later(20).then(() => done.push("first"))).then(() =>
      trackWrite(later(20).then(() => done.push("chained"))),
    );
    await writesSettled(2_000);
    expect(done).toEqual(["first", "chained"]);
  });

  it("counts a failed write as settled, and never waits longer than its limit", async () => {
    void trackWrite(Promise.reject(new Error("full"))).catch(() => undefined);
    await writesSettled(2_000);
    const start = Date.now();
    void trackWrite(later(5_000));
    await writesSettled(50);
    expect(Date.now() - start).toBeLessThan(1_000);
  });
});
