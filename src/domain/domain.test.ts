import { describe, expect, it } from "vitest";
import { NO_ANSWERS } from "./answers";
import type { ChecklistItem } from "./checklistFor";
import { type Condition, evaluateCondition } from "./condition";
import { regimeOn } from "./feesFor";
import { progressOf } from "./progressOf";
import { firstOpenStep, stepsFor } from "./questions";
import { withAnotherReason, withAnswer } from "./withAnswer";

describe("evaluateCondition", () => {
  const facts = { need: "renewal", nationality: "dz", today: "2026-03-01" };
  it.each<[Condition, boolean]>([
    [true, true],
    [{ is: ["need", "renewal"] }, true],
    [{ is: ["need", "first"] }, false],
    [{ is: ["married", "married"] }, false],
    [{ in: ["nationality", ["dz", "ma"]] }, true],
    [{ in: ["children", ["yes"]] }, false],
    [{ all: [{ is: ["need", "renewal"] }, { not: { is: ["nationality", "dz"] } }] }, false],
    [{ any: [{ is: ["need", "first"] }, { is: ["nationality", "dz"] }] }, true],
    [{ from: "2026-01-01" }, true],
    [{ from: "2026-03-02" }, false],
    [{ until: "2026-03-01" }, true],
    [{ until: "2026-02-28" }, false],
  ])("%j → %s", (condition, expected) => {
    expect(evaluateCondition(condition, facts)).toBe(expected);
  });
});

describe("the guided questions", () => {
  it("asks only what changes the result: a renewal asks the current card, never the entry visa", () => {
    let answers = withAnswer(NO_ANSWERS, { question: "need" }, "renewal");
    answers = withAnswer(answers, { question: "ground", reasonIndex: 0 }, "family");
    answers = withAnswer(answers, { question: "detail", reasonIndex: 0 }, "spouseOfFrench");
    const asked = stepsFor(answers).map((s) => s.question);
    expect(asked).toEqual(["need", "ground", "detail", "card", "nationality", "children", "housing"]);
  });

  it("asks nothing more than the need for a child's travel document", () => {
    const answers = withAnswer(NO_ANSWERS, { question: "need" }, "childTravel");
    expect(stepsFor(answers).map((s) => s.question)).toEqual(["need"]);
    expect(firstOpenStep(answers)).toBe(-1);
  });

  it("refuses a value that is not one of the choices", () => {
    expect(() => withAnswer(NO_ANSWERS, { question: "need" }, "teleport")).toThrow(RangeError);
    expect(() => withAnswer(NO_ANSWERS, { question: "detail", reasonIndex: 0 }, "refugee")).toThrow(
      RangeError,
    );
  });

  it("clears a detail when its ground changes, and keeps it when the same ground is tapped again", () => {
    let answers = withAnswer(NO_ANSWERS, { question: "ground", reasonIndex: 0 }, "work");
    answers = withAnswer(answers, { question: "detail", reasonIndex: 0 }, "jobLost");
    expect(withAnswer(answers, { question: "ground", reasonIndex: 0 }, "work").reasons[0]?.detail).toBe(
      "jobLost",
    );
    expect(withAnswer(answers, { question: "ground", reasonIndex: 0 }, "studies").reasons[0]).toEqual({
      ground: "studies",
    });
  });

  it("adds another reason once, and asks its ground next", () => {
    let answers = withAnswer(NO_ANSWERS, { question: "need" }, "first");
    answers = withAnswer(answers, { question: "ground", reasonIndex: 0 }, "studies");
    answers = withAnotherReason(withAnotherReason(answers));
    expect(answers.reasons).toHaveLength(2);
    const steps = stepsFor(answers);
    expect(steps[firstOpenStep(answers)]).toEqual({ question: "ground", reasonIndex: 1 });
  });
});

describe("progressOf", () => {
  const item = (documentId: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
    documentId,
    group: "always",
    because: [],
    toConfirm: false,
    ...extra,
  });
  it("counts alternatives once, leaves out 'not concerned' and local extras", () => {
    const items = [
      item("passport"),
      item("utilityBill", { choice: "address" }),
      item("lease", { choice: "address" }),
      item("birthJudgment", { group: "situation" }),
      item("coverLetter", { group: "local" }),
    ];
    expect(progressOf(items, {})).toEqual({ ready: 0, total: 3, missing: 3 });
    expect(progressOf(items, { lease: "have", birthJudgment: "notConcerned", passport: "have" })).toEqual({
      ready: 2,
      total: 2,
      missing: 0,
    });
  });
});

describe("regimeOn", () => {
  const regimes = [
    { id: "a", from: "2020-01-02", frenchName: "A", sources: ["https://a"] },
    { id: "b", from: "2026-02-20", frenchName: "B", sources: ["https://b"] },
  ];
  it("picks the regime in force on the day", () => {
    expect(regimeOn(regimes, "2026-02-19")?.id).toBe("a");
    expect(regimeOn(regimes, "2026-02-20")?.id).toBe("b");
    expect(regimeOn(regimes, "2019-12-31")).toBeUndefined();
  });
});
