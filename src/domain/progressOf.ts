import type { ChecklistItem } from "./checklistFor";
import type { DocumentStatus } from "./status";

/** "7 of 12 ready": what is counted, what is ready, and what is still missing. */
export interface Progress {
  ready: number;
  total: number;
  missing: number;
}

/**
 * Counts a checklist: alternatives (same choice id) count once and are ready when one of them is
 * there; "not concerned" leaves the count; local extras are not counted, since the law does not ask them.
 */
export function progressOf(
  items: readonly ChecklistItem[],
  statuses: Readonly<Record<string, DocumentStatus>>,
): Progress {
  const units = new Map<string, DocumentStatus[]>();
  for (const item of items) {
    if (item.group === "local") continue;
    const key = item.choice ? `choice:${item.choice}` : item.documentId;
    units.set(key, [...(units.get(key) ?? []), statuses[item.documentId] ?? "missing"]);
  }
  let ready = 0;
  let total = 0;
  for (const members of units.values()) {
    if (members.every((s) => s === "notConcerned")) continue;
    total += 1;
    if (members.includes("have")) ready += 1;
  }
  return { ready, total, missing: total - ready };
}
