import type { Answers } from "./answers";
import { evaluateCondition } from "./condition";
import type { Catalogue, DocumentEntry, ProcedureDefinition } from "./definitions";
import { factsOf } from "./facts";

/** The three groups of a checklist (DESIGN.md §3.2). */
export const GROUPS = ["always", "situation", "local"] as const;
export type Group = (typeof GROUPS)[number];

/** Why a document is on the list: the procedure it serves and the reason key (`reasons.<key>`). */
export interface Because {
  procedureId: string;
  reason: string;
}

/** One document of the resolved checklist. */
export interface ChecklistItem {
  documentId: string;
  group: Group;
  because: Because[];
  /** Alternatives share a choice id (one of them is enough). */
  choice?: string;
  toConfirm: boolean;
}

/** A procedure that fits the person, and for which of their reasons (index in `answers.reasons`). */
export interface MatchedProcedure {
  procedure: ProcedureDefinition;
  reasonIndexes: number[];
}

/** The procedures that fit and the union of their documents. */
export interface Checklist {
  procedures: MatchedProcedure[];
  items: ChecklistItem[];
}

const rank: Record<Group, number> = { always: 0, situation: 1, local: 2 };

/** The group of a procedure's entry: local extras, then what depends on the situation, then the rest. */
export function groupOf(entry: DocumentEntry): Group {
  return entry.local ? "local" : entry.when || entry.conditional ? "situation" : "always";
}

/**
 * From the answers to the exact list of documents: every procedure that fits any of the person's
 * reasons, and each document once, in the strongest group it has, with every reason it serves.
 */
export function checklistFor(answers: Answers, catalogue: Catalogue, today: Date): Checklist {
  const matched = new Map<string, MatchedProcedure>();
  const items = new Map<string, ChecklistItem>();
  const reasons = answers.reasons.length > 0 ? answers.reasons : [{}];
  reasons.forEach((reason, reasonIndex) => {
    const facts = factsOf(answers, reason, today);
    for (const procedure of catalogue.procedures) {
      if (!evaluateCondition(procedure.appliesWhen, facts)) continue;
      const known = matched.get(procedure.id);
      if (known) {
        known.reasonIndexes.push(reasonIndex);
        continue;
      }
      matched.set(procedure.id, { procedure, reasonIndexes: [reasonIndex] });
      for (const entry of procedure.documents) {
        if (entry.when !== undefined && !evaluateCondition(entry.when, facts)) continue;
        const group = groupOf(entry);
        const because = { procedureId: procedure.id, reason: entry.reason ?? group };
        const toConfirm = Boolean(entry.toConfirm || procedure.toConfirm);
        const existing = items.get(entry.doc);
        if (!existing) {
          const item: ChecklistItem = { documentId: entry.doc, group, because: [because], toConfirm };
          if (entry.choice) item.choice = entry.choice;
          items.set(entry.doc, item);
          continue;
        }
        if (
          !existing.because.some((b) => b.procedureId === because.procedureId && b.reason === because.reason)
        ) {
          existing.because.push(because);
        }
        existing.toConfirm &&= toConfirm;
        if (rank[group] < rank[existing.group]) existing.group = group;
        // Required outright by one procedure: no longer just an alternative.
        if (!entry.choice) delete existing.choice;
      }
    }
  });
  const order = new Map(catalogue.documents.map((d, i) => [d.id, i]));
  const sorted = [...items.values()].sort(
    (a, b) =>
      rank[a.group] - rank[b.group] || (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0),
  );
  return { procedures: [...matched.values()], items: sorted };
}
