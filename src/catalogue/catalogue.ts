import { type Catalogue, CatalogueSchema } from "@/domain";
import { documents } from "./documents";
import { feeItems, feeRegimes } from "./fees";
import { algeriaProcedures } from "./procedures/algeria";
import { changeProcedures } from "./procedures/changes";
import { familyProcedures } from "./procedures/family";
import { protectionProcedures } from "./procedures/protection";
import { residentProcedures } from "./procedures/resident";
import { studyProcedures } from "./procedures/studies";
import { workProcedures } from "./procedures/work";

/** The catalogue as data, parsed once at load so a malformed entry fails loudly, not on a user's phone. */
export const catalogue: Catalogue = CatalogueSchema.parse({
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
});

/** A document by id (undefined for an unknown id, e.g. from an old stored record). */
export function documentById(id: string) {
  return catalogue.documents.find((d) => d.id === id);
}

/** A procedure by id. */
export function procedureById(id: string) {
  return catalogue.procedures.find((p) => p.id === id);
}
