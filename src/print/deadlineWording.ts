import type { DeadlineRule } from "@/domain";

/** A key of the `dossier` namespace and its values: one wording for the screen and for paper. */
export interface Wording {
  key:
    | "deadline.none"
    | "deadline.beforeExpiryDays"
    | "deadline.beforeExpiryMonths"
    | "deadline.afterEntry"
    | "deadline.afterMove"
    | "deadline.afterFiling";
  values: Record<string, number>;
}

/** A procedure's deadline rule in plain words (the follow-up screen computes the actual dates). */
export function deadlineWording(rule: DeadlineRule): Wording {
  if (rule.kind === "none") return { key: "deadline.none", values: {} };
  if (rule.kind === "beforeExpiry") {
    return rule.opens.unit === "days"
      ? { key: "deadline.beforeExpiryDays", values: { opens: rule.opens.amount, closes: rule.closes.amount } }
      : { key: "deadline.beforeExpiryMonths", values: { opens: rule.opens.amount } };
  }
  if (rule.event === "entry") return { key: "deadline.afterEntry", values: { within: rule.within.amount } };
  if (rule.event === "move") return { key: "deadline.afterMove", values: { within: rule.within.amount } };
  return { key: "deadline.afterFiling", values: {} };
}
