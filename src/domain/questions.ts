import {
  type Answers,
  COMMON_FACTS,
  type CommonFact,
  DETAILS,
  type Detail,
  GROUNDS,
  NEEDS,
  type Reason,
} from "./answers";

/** A guided question: the answer it sets, whether it is asked per reason, and its picture choices. */
export type QuestionId = "need" | "ground" | "detail" | CommonFact;

/** One screen of the guided questions. `reasonIndex` is set for the questions asked per reason. */
export interface Step {
  question: QuestionId;
  reasonIndex?: number;
}

/** The pictogram of each choice, by question and value (names of the UI's icon set). */
export const CHOICE_ICONS: Record<string, string> = {
  "need.arrived": "plane-arrival",
  "need.first": "id",
  "need.renewal": "refresh",
  "need.lost": "search",
  "need.change": "home-move",
  "need.childTravel": "baby-carriage",
  "ground.family": "heart",
  "ground.work": "briefcase",
  "ground.studies": "school",
  "ground.health": "stethoscope",
  "ground.protection": "shield",
  "ground.longStay": "calendar",
  "detail.spouseOfFrench": "rings",
  "detail.parentOfFrenchChild": "mood-kid",
  "detail.personalTies": "users",
  "detail.employee": "briefcase",
  "detail.newJob": "building-factory",
  "detail.jobLost": "briefcase-off",
  "detail.talent": "star",
  "detail.shortage": "tool",
  "detail.jobSearch": "search",
  "detail.refugee": "shield",
  "detail.subsidiary": "shield-half",
  "detail.ukraine": "flag",
  "card.vlsts": "e-passport",
  "card.temporary": "id",
  "card.multiYear": "id",
  "card.resident": "id",
  "entry.withVisa": "e-passport",
  "entry.withoutVisa": "x",
  "talentKind.qualified": "certificate",
  "talentKind.blueCard": "id",
  "talentKind.business": "building",
  "lostHow.lost": "search",
  "lostHow.stolen": "hand-stop",
  "changeKind.address": "home-move",
  "changeKind.civilStatus": "rings",
  "nationality.dz": "world",
  "nationality.ma": "world",
  "nationality.tn": "world",
  "nationality.other": "world",
  "married.married": "rings",
  "married.pacs": "file-certificate",
  "married.single": "user",
  "children.yes": "baby-carriage",
  "children.no": "x",
  "housing.own": "home",
  "housing.hosted": "users",
  "housing.hotel": "building",
};

/** The choices of a question, for a given reason (the details depend on the ground). */
export function choicesOf(question: QuestionId, reason: Reason | undefined): readonly string[] {
  if (question === "need") return NEEDS;
  if (question === "ground") return GROUNDS;
  if (question === "detail") {
    const ground = reason?.ground;
    return ground === "family" || ground === "work" || ground === "protection" ? DETAILS[ground] : [];
  }
  return COMMON_FACTS[question];
}

// Entry with or without a visa changes the procedure (or adds the visa de régularisation) only here.
const ENTRY_MATTERS: readonly Detail[] = ["spouseOfFrench", "employee", "newJob", "shortage"];
const hasDetail = (reason: Reason) =>
  reason.ground === "family" || reason.ground === "work" || reason.ground === "protection";

/**
 * The questions this person is asked, in order. A question appears only when its answer can change
 * the result (UX.md §1.2): e.g. the current card only for a renewal, marriage only when not implied.
 */
export function stepsFor(answers: Answers): Step[] {
  const { need } = answers;
  const steps: Step[] = [{ question: "need" }];
  if (need === undefined) return steps;
  const byGround = need === "first" || need === "renewal";
  if (byGround) {
    answers.reasons.forEach((reason, reasonIndex) => {
      steps.push({ question: "ground", reasonIndex });
      if (hasDetail(reason)) steps.push({ question: "detail", reasonIndex });
    });
  }
  const add = (question: QuestionId, when: boolean) => when && steps.push({ question });
  add("card", need === "renewal");
  add(
    "entry",
    need === "first" &&
      answers.reasons.some((r) => r.detail !== undefined && ENTRY_MATTERS.includes(r.detail)),
  );
  add("talentKind", byGround && answers.reasons.some((r) => r.detail === "talent"));
  add("lostHow", need === "lost");
  add("changeKind", need === "change");
  add("nationality", byGround && answers.reasons.some((r) => r.ground !== "protection"));
  const civil = byGround || need === "lost" || (need === "change" && answers.changeKind === "civilStatus");
  add("married", civil && !answers.reasons.some((r) => r.detail === "spouseOfFrench"));
  add("children", civil && !answers.reasons.some((r) => r.detail === "parentOfFrenchChild"));
  add("housing", byGround || need === "lost" || (need === "change" && answers.changeKind === "address"));
  return steps;
}

/** The answer a step holds now, if any. */
export function answerAt(answers: Answers, step: Step): string | undefined {
  if (step.question === "ground" || step.question === "detail") {
    return answers.reasons[step.reasonIndex ?? 0]?.[step.question];
  }
  return answers[step.question];
}

/** The index of the first step without an answer, or -1 when every question is answered. */
export function firstOpenStep(answers: Answers): number {
  return stepsFor(answers).findIndex((step) => answerAt(answers, step) === undefined);
}
