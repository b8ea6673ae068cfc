import { documentById } from "@/catalogue";
import { type ChecklistItem, type DocumentStatus, GROUPS } from "@/domain";

/** One numbered line of the list of enclosures (bordereau des pièces). */
export interface BordereauEntry {
  /** "Pièce n° 3": numbers start at 1 and follow the checklist. */
  number: number;
  documentId: string;
  /** The official French name, as the préfecture knows it. */
  frenchName: string;
}

/**
 * The numbered enclosures of a paper file: the documents marked "have it", in the order the checklist
 * shows them (its groups in order, then the order within each group).
 */
export function bordereauFor(
  items: readonly ChecklistItem[],
  statuses: Readonly<Record<string, DocumentStatus>>,
): BordereauEntry[] {
  const ready = GROUPS.flatMap((group) =>
    items.filter((item) => item.group === group && statuses[item.documentId] === "have"),
  );
  return ready
    .flatMap((item) => {
      const definition = documentById(item.documentId);
      return definition ? [{ documentId: item.documentId, frenchName: definition.frenchName }] : [];
    })
    .map((entry, index) => ({ number: index + 1, ...entry }));
}
