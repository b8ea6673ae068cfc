import type { ProcedureDefinition } from "@/domain";
import { VERIFIED } from "../sources";

/** A procedure with today's verification date filled in. */
export function procedure(definition: Omit<ProcedureDefinition, "lastVerified">): ProcedureDefinition {
  return { ...definition, lastVerified: VERIFIED };
}
