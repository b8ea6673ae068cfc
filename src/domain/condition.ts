/** A fact's value as the rules engine sees it: a word, or nothing when the question was not asked. */
export type FactValue = string | undefined;

/** The facts a condition is evaluated against: the person's answers for one reason, plus today's date. */
export interface Facts {
  readonly [name: string]: FactValue;
}

/**
 * A condition written as data (catalogue/README.md): `true`, `{ "is": [fact, value] }`,
 * `{ "in": [fact, [values]] }`, `{ "all": [...] }`, `{ "any": [...] }`, `{ "not": c }`,
 * `{ "from": "YYYY-MM-DD" }` (today on or after), `{ "until": "YYYY-MM-DD" }` (today on or before).
 */
export type Condition =
  | true
  | { is: readonly [string, string] }
  | { in: readonly [string, readonly string[]] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  | { from: string }
  | { until: string };

/** The name of the fact that holds today's date (ISO), set by the engine, never by an answer. */
export const TODAY_FACT = "today";

/** Whether a condition holds for these facts. Pure: the date comes in as the `today` fact. */
export function evaluateCondition(condition: Condition, facts: Facts): boolean {
  if (condition === true) return true;
  if ("is" in condition) return facts[condition.is[0]] === condition.is[1];
  if ("in" in condition) {
    const value = facts[condition.in[0]];
    return value !== undefined && condition.in[1].includes(value);
  }
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  if ("not" in condition) return !evaluateCondition(condition.not, facts);
  const today = facts[TODAY_FACT] ?? "";
  // ISO dates compare correctly as strings.
  if ("from" in condition) return today >= condition.from;
  return today <= condition.until;
}

/** Every fact name a condition reads (used to check the catalogue only asks about known facts). */
export function factsReadBy(condition: Condition): string[] {
  if (condition === true) return [];
  if ("is" in condition) return [condition.is[0]];
  if ("in" in condition) return [condition.in[0]];
  if ("all" in condition) return condition.all.flatMap(factsReadBy);
  if ("any" in condition) return condition.any.flatMap(factsReadBy);
  if ("not" in condition) return factsReadBy(condition.not);
  return [TODAY_FACT];
}
