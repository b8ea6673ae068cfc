import { documentById } from "@/catalogue";
import type { ProcedureDefinition } from "@/domain";
import { formatAdminDate } from "@/lib/formatAdminDate";
import type { Bilingual, Words } from "./bilingual";
import { deadlineWording } from "./deadlineWording";

/** A procedure on paper: plain title, official French title and law, where and when to file. */
export interface ProcedureBlock {
  id: string;
  title: Words;
  /** Official French title and legal basis: printed as they are, in French only. */
  frenchTitle: string;
  legal: string;
  where: Words;
  deadline: Words;
  toConfirm: boolean;
}

/** The words of a procedure for paper, from the catalogue. */
export function procedureBlock(procedure: ProcedureDefinition, w: Bilingual): ProcedureBlock {
  const wording = deadlineWording(procedure.deadline);
  return {
    id: procedure.id,
    title: w(`catalogue:procedures.${procedure.id}.title`),
    frenchTitle: procedure.frenchTitle,
    legal: [procedure.code, procedure.legalBasis].filter(Boolean).join(" — "),
    where: w(`catalogue:channels.${procedure.channel}`),
    deadline: w(`dossier:${wording.key}`, wording.values),
    toConfirm: Boolean(procedure.toConfirm),
  };
}

/**
 * "Informations vérifiées le …": the oldest verification date among the procedures and documents on
 * the sheet, so the sheet never claims to be fresher than its least recent entry.
 */
export function verifiedOn(
  procedures: readonly ProcedureDefinition[],
  documentIds: readonly string[],
  w: Bilingual,
): Words {
  const dates = [
    ...procedures.map((p) => p.lastVerified),
    ...documentIds.flatMap((id) => documentById(id)?.lastVerified ?? []),
  ].sort();
  const oldest = dates[0];
  return w("summary:sheet.verifiedOn", { date: oldest ? formatAdminDate(oldest) : "—" });
}
