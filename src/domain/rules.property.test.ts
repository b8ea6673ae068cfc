// Property-based tests of the rules engine: whatever a person answers (or leaves unanswered), the
// checklist stays well formed. fast-check generates the answers; a failure prints the smallest case.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { type Answers, AnswersSchema, COMMON_FACTS, DETAILS, GROUNDS, NEEDS } from "./answers";
import { checklistFor } from "./checklistFor";
import { type Condition, evaluateCondition, type Facts } from "./condition";

const ALL_DETAILS = [...DETAILS.family, ...DETAILS.work, ...DETAILS.protection];
const optional = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

/** Any answers, from none at all to every question answered, several reasons included. */
const anyAnswers: fc.Arbitrary<Answers> = fc
  .record({
    need: optional(NEEDS),
    reasons: fc.array(fc.record({ ground: optional(GROUNDS), detail: optional(ALL_DETAILS) }), {
      maxLength: 3,
    }),
    card: optional(COMMON_FACTS.card),
    entry: optional(COMMON_FACTS.entry),
    talentKind: optional(COMMON_FACTS.talentKind),
    lostHow: optional(COMMON_FACTS.lostHow),
    changeKind: optional(COMMON_FACTS.changeKind),
    nationality: optional(COMMON_FACTS.nationality),
    married: optional(COMMON_FACTS.married),
    children: optional(COMMON_FACTS.children),
    housing: optional(COMMON_FACTS.housing),
  })
  .map((raw) => {
    // Unanswered questions are absent keys, as the questions screen stores them.
    const answers: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) if (value !== undefined) answers[key] = value;
    answers.reasons = raw.reasons.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    );
    return AnswersSchema.parse(answers);
  });

/** Any day from 2020 to 2032 (the catalogue has date conditions around 2024–2026). */
const anyDay = fc.date({
  min: new Date("2020-01-01T12:00:00Z"),
  max: new Date("2032-12-31T12:00:00Z"),
  noInvalidDate: true,
});

const documentIds = new Set(catalogue.documents.map((d) => d.id));

describe("the checklist, for any answers", () => {
  it("lists each document once, only documents of the catalogue, each with a reason", () => {
    fc.assert(
      fc.property(anyAnswers, anyDay, (answers, today) => {
        const { procedures, items } = checklistFor(answers, catalogue, today);
        const ids = items.map((item) => item.documentId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(documentIds.has(id)).toBe(true);
        const matched = new Set(procedures.map((m) => m.procedure.id));
        for (const item of items) {
          expect(item.because.length).toBeGreaterThan(0);
          for (const b of item.because) expect(matched.has(b.procedureId)).toBe(true);
        }
        // Empty procedures never happen: every matched procedure contributes at least one document.
        if (procedures.length > 0) expect(items.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the groups in order: always, then situation, then local", () => {
    const rank = { always: 0, situation: 1, local: 2 } as const;
    fc.assert(
      fc.property(anyAnswers, anyDay, (answers, today) => {
        const groups = checklistFor(answers, catalogue, today).items.map((item) => rank[item.group]);
        expect(groups).toEqual([...groups].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it("never loses a document when the person adds another reason", () => {
    fc.assert(
      fc.property(anyAnswers, fc.record({ ground: optional(GROUNDS) }), anyDay, (answers, extra, today) => {
        const before = checklistFor(answers, catalogue, today).items.map((i) => i.documentId);
        const reasons = answers.reasons.length > 0 ? answers.reasons : [{}];
        const added = { ...answers, reasons: [...reasons, extra.ground ? { ground: extra.ground } : {}] };
        const after = new Set(checklistFor(added, catalogue, today).items.map((i) => i.documentId));
        for (const id of before) expect(after.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same list twice for the same answers (no hidden state)", () => {
    fc.assert(
      fc.property(anyAnswers, anyDay, (answers, today) => {
        expect(checklistFor(answers, catalogue, today)).toEqual(checklistFor(answers, catalogue, today));
      }),
      { numRuns: 100 },
    );
  });
});

/** Any condition over a few fact names and values, nested a few levels. */
const anyCondition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(true as const),
    fc.record({ is: fc.tuple(fc.constantFrom("need", "ground"), fc.constantFrom("a", "b")) }),
    fc.record({
      in: fc.tuple(
        fc.constantFrom("need", "ground"),
        fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 3 }),
      ),
    }),
    fc.record({ all: fc.array(tie("c"), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("c"), { maxLength: 3 }) }),
    fc.record({ not: tie("c") }),
    fc.record({ from: fc.constantFrom("2024-01-01", "2026-01-01") }),
    fc.record({ until: fc.constantFrom("2024-01-01", "2026-12-31") }),
  ),
})).c;

const anyFacts: fc.Arbitrary<Facts> = fc.record(
  {
    need: fc.constantFrom("a", "b", "c"),
    ground: fc.constantFrom("a", "b", "c"),
    today: fc.constantFrom("2023-06-01", "2025-06-01", "2027-06-01"),
  },
  { requiredKeys: [] },
);

describe("conditions, for any condition and facts", () => {
  it("negation flips, and all/any follow their parts (De Morgan)", () => {
    fc.assert(
      fc.property(anyCondition, anyCondition, anyFacts, (a, b, facts) => {
        expect(evaluateCondition({ not: a }, facts)).toBe(!evaluateCondition(a, facts));
        expect(evaluateCondition({ not: { all: [a, b] } }, facts)).toBe(
          evaluateCondition({ any: [{ not: a }, { not: b }] }, facts),
        );
      }),
    );
  });

  it("an unanswered fact never matches `is` or `in`", () => {
    fc.assert(
      fc.property(fc.constantFrom("a", "b"), fc.array(fc.constantFrom("a", "b")), (value, values) => {
        expect(evaluateCondition({ is: ["need", value] }, {})).toBe(false);
        expect(evaluateCondition({ in: ["need", values] }, {})).toBe(false);
      }),
    );
  });
});
