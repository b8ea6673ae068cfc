import type { Catalogue } from "@/domain";
import { documents } from "./documents";
import { feeItems, feeRegimes } from "./fees";
import { algeriaProcedures } from "./procedures/algeria";
import { changeProcedures } from "./procedures/changes";
import { familyProcedures } from "./procedures/family";
import { protectionProcedures } from "./procedures/protection";
import { residentProcedures } from "./procedures/resident";
import { studyProcedures } from "./procedures/studies";
import { workProcedures } from "./procedures/work";

/**
 * The catalogue as data. It is compiled in, typed by TypeScript, and parsed with `CatalogueSchema` by
 * catalogue.test.ts and by the build (scripts/write-catalogue.mjs), so a malformed entry fails there,
 * never on a user's phone; the phone does not carry the schema's code (first-screen budget).
 */
export const catalogue: Catalogue = {
  version: "2026-11-27",
  documents,
  procedures: [
    ...studyProcedures,
    ...familyProcedures,
    ...workProcedures,
    ...residentProcedures,
    ...protectionProcedures,
    ...changeProcedures,
    ...algeriaProcedures,
  ],
  feeRegimes,
  feeItems,
};

/** A document by id (undefined for an unknown id, e.g. from an old stored record). */
export function documentById(id: string) {
  return catalogue.documents.find((d) => d.id === id);
}

/** A procedure by id. */
export function procedureById(id: string) {
  return catalogue.procedures.find((p) => p.id === id);
}
