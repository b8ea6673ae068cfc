import type { Answers, Reason } from "./answers";
import { type Facts, TODAY_FACT } from "./condition";

/** An ISO date (YYYY-MM-DD) for a Date, in UTC so a test gives the same answer everywhere. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The facts of one reason: the common answers, this reason's ground and detail, what the grounds
 * imply (a spouse of a French national is married), and today's date.
 */
export function factsOf(answers: Answers, reason: Reason, today: Date): Facts {
  // One reason can settle a fact for all: a spouse of a French national is married for every ground.
  const married = answers.reasons.some((r) => r.detail === "spouseOfFrench") ? "married" : answers.married;
  const children = answers.reasons.some((r) => r.detail === "parentOfFrenchChild") ? "yes" : answers.children;
  return {
    need: answers.need,
    ground: reason.ground,
    detail: reason.detail,
    card: answers.card,
    entry: answers.entry,
    talentKind: answers.talentKind,
    lostHow: answers.lostHow,
    changeKind: answers.changeKind,
    nationality: answers.nationality,
    married,
    children,
    housing: answers.housing,
    [TODAY_FACT]: isoDay(today),
  };
}

/** Every fact name the engine can provide, so the catalogue test can refuse unknown ones. */
export const FACT_NAMES = [
  "need",
  "ground",
  "detail",
  "card",
  "entry",
  "talentKind",
  "lostHow",
  "changeKind",
  "nationality",
  "married",
  "children",
  "housing",
  TODAY_FACT,
] as const;
