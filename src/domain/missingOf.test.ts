import { describe, expect, it } from "vitest";
import type { ChecklistItem } from "./checklistFor";
import { missingOf, progressOf } from "./progressOf";

const item = (documentId: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  documentId,
  group: "always",
  because: [],
  toConfirm: false,
  ...extra,
});

const items = [
  item("passport"),
  item("lease", { group: "situation", choice: "address" }),
  item("utilityBill", { group: "situation", choice: "address" }),
  item("rentReceipt", { group: "situation", choice: "address" }),
  item("hostProof", { group: "situation" }),
  item("spouseId", { group: "local" }),
];

describe("what is missing", () => {
  it("is what the progress counts as missing, alternatives as one", () => {
    const statuses = { rentReceipt: "notConcerned" } as const;
    const missing = missingOf(items, statuses);
    expect(missing.map((unit) => unit.map((i) => i.documentId))).toEqual([
      ["passport"],
      ["lease", "utilityBill"],
      ["hostProof"],
    ]);
    expect(missing).toHaveLength(progressOf(items, statuses).missing);
  });

  it("drops a unit once one alternative is there, or when it does not concern the person", () => {
    const statuses = { utilityBill: "have", hostProof: "notConcerned", passport: "have" } as const;
    expect(missingOf(items, statuses)).toEqual([]);
    expect(progressOf(items, statuses)).toEqual({ ready: 2, total: 2, missing: 0 });
  });
});
