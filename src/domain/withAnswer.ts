import { type Answers, AnswersSchema, type Reason, ReasonSchema } from "./answers";
import { choicesOf, type Step } from "./questions";

/**
 * The answers after one tap. A value that is not a choice of the question is refused (the caller
 * keeps the old answers). Changing a ground clears its detail, which depended on it.
 */
export function withAnswer(answers: Answers, step: Step, value: string): Answers {
  const index = step.reasonIndex ?? 0;
  const reason: Reason = answers.reasons[index] ?? {};
  if (!choicesOf(step.question, reason).includes(value)) {
    throw new RangeError(`"${value}" is not a choice of ${step.question}`);
  }
  if (step.question === "ground" || step.question === "detail") {
    const next =
      step.question === "ground"
        ? reason.ground === value
          ? reason
          : { ground: value }
        : { ...reason, detail: value };
    const reasons: unknown[] = [...answers.reasons];
    reasons[index] = ReasonSchema.parse(next);
    return AnswersSchema.parse({ ...answers, reasons });
  }
  return AnswersSchema.parse({ ...answers, [step.question]: value });
}

/** Starts a second (third…) reason: an empty one at the end, unless the last one is still empty. */
export function withAnotherReason(answers: Answers): Answers {
  const last = answers.reasons[answers.reasons.length - 1];
  if (last && last.ground === undefined) return answers;
  return { ...answers, reasons: [...answers.reasons, {}] };
}
