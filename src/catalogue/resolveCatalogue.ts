import type { Catalogue } from "@/domain";

/** Looks words up by key (a French `t`); returns the key itself when missing, so gaps show in a diff. */
export type Words = (key: string) => string;

/** The catalogue with its French words, as written to dist/catalogue.json for reviewers. */
export interface ResolvedCatalogue {
  version: string;
  documents: Array<Catalogue["documents"][number] & { name: string; why: string; where: string }>;
  procedures: Array<
    Omit<Catalogue["procedures"][number], "documents"> & {
      title: string;
      documents: Array<
        Catalogue["procedures"][number]["documents"][number] & { frenchName: string; reasonText?: string }
      >;
    }
  >;
  feeRegimes: Catalogue["feeRegimes"];
  feeItems: Catalogue["feeItems"];
}

/** Resolves every id and key to its French text, so associations and lawyers can review and diff it. */
export function resolveCatalogue(catalogue: Catalogue, words: Words): ResolvedCatalogue {
  const names = new Map(catalogue.documents.map((d) => [d.id, d.frenchName]));
  return {
    version: catalogue.version,
    documents: catalogue.documents.map((d) => ({
      ...d,
      name: words(`documents.${d.id}.name`),
      why: words(`documents.${d.id}.why`),
      where: words(`documents.${d.id}.where`),
    })),
    procedures: catalogue.procedures.map((p) => ({
      ...p,
      title: words(`procedures.${p.id}.title`),
      documents: p.documents.map((entry) => ({
        ...entry,
        frenchName: names.get(entry.doc) ?? entry.doc,
        ...(entry.reason ? { reasonText: words(`reasons.${entry.reason}`) } : {}),
      })),
    })),
    feeRegimes: catalogue.feeRegimes,
    feeItems: catalogue.feeItems,
  };
}
