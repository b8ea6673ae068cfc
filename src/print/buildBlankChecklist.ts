import { documentById, procedureById } from "@/catalogue";
import { GROUPS, type Group, groupOf } from "@/domain";
import type { Bilingual, Words } from "./bilingual";
import { type ProcedureBlock, procedureBlock, verifiedOn } from "./procedureBlock";

/** One numbered row of a blank checklist, with an empty box to tick by hand. */
export interface BlankRow {
  number: number;
  documentId: string;
  frenchName: string;
  name: Words;
  /** When the document applies ("Si vous êtes hébergé"), for documents that depend on the situation. */
  when?: Words;
  /** Alternatives: "one of these is enough". */
  oneOf?: Words;
}

/** A procedure's document list with no one's data, to hand out at a drop-in desk. */
export interface BlankChecklist {
  procedure: ProcedureBlock;
  verifiedOn: Words;
  groups: Array<{ group: Group; title: Words; rows: BlankRow[] }>;
}

/**
 * Every document a procedure may ask, once each, in its group (the same groups as the person's
 * checklist, `groupOf`), with why it may apply; undefined for an unknown procedure id.
 */
export function buildBlankChecklist(procedureId: string, w: Bilingual): BlankChecklist | undefined {
  const procedure = procedureById(procedureId);
  if (!procedure) return undefined;
  const seen = new Set<string>();
  const entries = procedure.documents.filter((entry) => {
    if (seen.has(entry.doc) || !documentById(entry.doc)) return false;
    seen.add(entry.doc);
    return true;
  });
  let number = 0;
  const groups = GROUPS.map((group) => ({
    group,
    title: w(`dossier:checklist.${group}`),
    rows: entries
      .filter((entry) => groupOf(entry) === group)
      .map((entry): BlankRow => {
        number += 1;
        return {
          number,
          documentId: entry.doc,
          frenchName: documentById(entry.doc)?.frenchName ?? entry.doc,
          name: w(`catalogue:documents.${entry.doc}.name`),
          ...(entry.reason ? { when: w(`catalogue:reasons.${entry.reason}`) } : {}),
          // Alternatives whose reason already says "one of these is enough" do not say it twice.
          ...(entry.choice && !entry.reason ? { oneOf: w("summary:sheet.oneOf") } : {}),
        };
      }),
  })).filter((g) => g.rows.length > 0);
  return {
    procedure: procedureBlock(procedure, w),
    verifiedOn: verifiedOn([procedure], [...seen], w),
    groups,
  };
}
