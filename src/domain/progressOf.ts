import type { ChecklistItem } from "./checklistFor";
import type { DocumentStatus } from "./status";

/** "7 of 12 ready": what is counted, what is ready, and what is still missing. */
export interface Progress {
  ready: number;
  total: number;
  missing: number;
}

/**
 * The units a checklist is counted in: alternatives (same choice id) form one unit; local extras are
 * left out, since the law does not ask them; a unit whose members are all "not concerned" leaves too.
 */
function unitsOf(
  items: readonly ChecklistItem[],
  statuses: Readonly<Record<string, DocumentStatus>>,
): ChecklistItem[][] {
  const units = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    if (item.group === "local") continue;
    const key = item.choice ? `choice:${item.choice}` : item.documentId;
    units.set(key, [...(units.get(key) ?? []), item]);
  }
  const statusOf = (item: ChecklistItem) => statuses[item.documentId] ?? "missing";
  return [...units.values()].filter((members) => !members.every((m) => statusOf(m) === "notConcerned"));
}

/** True when one member of a unit is there. */
function isReady(unit: readonly ChecklistItem[], statuses: Readonly<Record<string, DocumentStatus>>) {
  return unit.some((item) => statuses[item.documentId] === "have");
}

/**
 * Counts a checklist: alternatives (same choice id) count once and are ready when one of them is
 * there; "not concerned" leaves the count; local extras are not counted, since the law does not ask them.
 */
export function progressOf(
  items: readonly ChecklistItem[],
  statuses: Readonly<Record<string, DocumentStatus>>,
): Progress {
  const units = unitsOf(items, statuses);
  const ready = units.filter((unit) => isReady(unit, statuses)).length;
  return { ready, total: units.length, missing: units.length - ready };
}

/**
 * What is still missing, unit by unit, as `progressOf` counts it: a unit of alternatives lists the
 * documents still possible (those not marked "not concerned").
 */
export function missingOf(
  items: readonly ChecklistItem[],
  statuses: Readonly<Record<string, DocumentStatus>>,
): ChecklistItem[][] {
  return unitsOf(items, statuses)
    .filter((unit) => !isReady(unit, statuses))
    .map((unit) => unit.filter((item) => statuses[item.documentId] !== "notConcerned"));
}
