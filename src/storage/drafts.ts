import type { z } from "zod/mini";
import { activeProfileId } from "./activeProfile";
import { defineRecordType, deleteRecord, getRecord, putRecord } from "./records";

/** A multi-step form's answers so far, saved after every tap so a reload or a lock loses nothing. */
export interface Draft<T> {
  get(): Promise<T | undefined>;
  save(value: T): Promise<void>;
  clear(): Promise<void>;
}

/** Declares the draft of one form, stored like any record of the active profile. */
export function defineDraft<T>(name: string, schema: z.ZodMiniType<T>): Draft<T> {
  const type = defineRecordType(`draft:${name}`, 1, schema);
  return {
    get: () => getRecord(type, activeProfileId.get(), name),
    save: (value) => putRecord(type, activeProfileId.get(), name, value),
    clear: () => deleteRecord(type, activeProfileId.get(), name),
  };
}
