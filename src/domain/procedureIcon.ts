import type { Condition } from "./condition";
import type { ProcedureDefinition } from "./definitions";
import { CHOICE_ICONS } from "./questions";

/** The `fact=value` pairs a condition requires (those under a `not` excluded), in reading order. */
function required(condition: Condition, negated = false): Array<[string, string]> {
  if (condition === true || negated) return [];
  if ("is" in condition) return [[condition.is[0], condition.is[1]]];
  if ("in" in condition) return condition.in[1].map((value): [string, string] => [condition.in[0], value]);
  if ("all" in condition) return condition.all.flatMap((c) => required(c));
  if ("any" in condition) return condition.any.flatMap((c) => required(c));
  if ("not" in condition) return required(condition.not, true);
  return [];
}

/**
 * The picture of a procedure, taken from the answer that leads to it (the same pictures as the
 * questions): the reason in detail, else the reason, else the need ("help-circle" when none).
 */
export function procedureIcon(procedure: ProcedureDefinition): string {
  const pairs = required(procedure.appliesWhen);
  for (const fact of ["detail", "ground", "need"]) {
    const pair = pairs.find(([name]) => name === fact);
    const icon = pair && CHOICE_ICONS[`${pair[0]}.${pair[1]}`];
    if (icon) return icon;
  }
  return "help-circle";
}
