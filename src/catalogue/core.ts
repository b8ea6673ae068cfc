import type { Condition, DocumentEntry } from "@/domain";

// The common core of every file (DOMAIN.md §2), modelled once and reused by the procedures.

/** Condition helpers: they keep the procedure files short and readable. */
export const is = (fact: string, value: string): Condition => ({ is: [fact, value] });
export const isIn = (fact: string, values: string[]): Condition => ({ in: [fact, values] });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const notAlgerian = not(is("nationality", "dz"));
export const algerian = is("nationality", "dz");

/** Passport: proves nationality and usually regular entry (§1, §2). */
export const passport: DocumentEntry[] = [{ doc: "passport" }];

/** Birth certificate: usually only for a first request; a judgment when the act was set by one (§2). */
export const birth = (when: Condition = is("need", "first"), reason = "firstRequest"): DocumentEntry[] => [
  { doc: "birthCertificate", when, reason },
  { doc: "birthJudgment", when, reason: "birthByJudgment", conditional: true },
];

/** Proof of address by housing, one of the accepted kinds (§2). */
export const address: DocumentEntry[] = [
  { doc: "utilityBill", when: is("housing", "own"), reason: "ownHome", choice: "ownAddress" },
  { doc: "lease", when: is("housing", "own"), reason: "ownHome", choice: "ownAddress" },
  { doc: "rentReceipt", when: is("housing", "own"), reason: "ownHome", choice: "ownAddress" },
  { doc: "housingTax", when: is("housing", "own"), reason: "ownHome", choice: "ownAddress" },
  { doc: "hostingAttestation", when: is("housing", "hosted"), reason: "hosted" },
  { doc: "hostId", when: is("housing", "hosted"), reason: "hosted" },
  { doc: "hostProofOfAddress", when: is("housing", "hosted"), reason: "hostCardOutdated", conditional: true },
  { doc: "hotelAttestation", when: is("housing", "hotel"), reason: "hotel" },
  { doc: "hotelInvoice", when: is("housing", "hotel"), reason: "hotel" },
];

/** Spouse and children, as at the date of the request (§2). */
export const family: DocumentEntry[] = [
  { doc: "marriageAct", when: is("married", "married"), reason: "married" },
  { doc: "spouseTitre", when: is("married", "married"), reason: "married" },
  { doc: "nonPolygamyStatement", when: is("married", "married"), reason: "marriedPolygamy" },
  { doc: "childrenBirthActs", when: is("children", "yes"), reason: "children" },
];

/** Photos: the e-photo code for ANEF, paper photos for a paper file (§2). */
export const ephoto: DocumentEntry[] = [{ doc: "ephotoCode" }];
export const paperPhotos: DocumentEntry[] = [
  { doc: "paperPhotos" },
  { doc: "paperPhotos", reason: "fourPhotos", local: true },
];

/** The timbre fiscal, usually asked when the card is handed over (§2). */
export const timbre: DocumentEntry[] = [{ doc: "timbreFiscal" }];

/** The current titre, for a renewal. */
export const currentTitre: DocumentEntry[] = [
  { doc: "currentTitre", when: is("need", "renewal"), reason: "renewal" },
];

/**
 * The CER at every first request and renewal since 17 July 2024; optional for Algerians, for Moroccans
 * asking "salarié", and for Tunisians in listed cases (§2).
 */
export const cer = (moroccanWorkerExempt = false): DocumentEntry[] => [
  {
    doc: "cer",
    when: all(
      { from: "2024-07-17" },
      notAlgerian,
      not(is("nationality", "tn")),
      ...(moroccanWorkerExempt ? [not(is("nationality", "ma"))] : []),
    ),
  },
  {
    doc: "cer",
    when: all({ from: "2024-07-17" }, is("nationality", "tn")),
    reason: "cerTunisia",
    toConfirm: true,
  },
];

/** First carte pluriannuelle: CIR followed, and since 1 Jan 2026 A2 French and the civic exam (§2, §3.10). */
export const firstMultiYear: DocumentEntry[] = [
  { doc: "ofiiCir" },
  { doc: "frenchA2", when: { from: "2026-01-01" }, reason: "since2026" },
  { doc: "civicExam", when: { from: "2026-01-01" }, reason: "since2026" },
];

/** First carte de résident: since 1 Jan 2026 B1 French and the civic exam (§2, §3.9). */
export const firstResident: DocumentEntry[] = [
  { doc: "frenchB1", when: { from: "2026-01-01" }, reason: "since2026" },
  { doc: "civicExam", when: { from: "2026-01-01" }, reason: "since2026" },
];

/** What almost every ANEF request holds: identity, civil status, address, family, photo, fee. */
export const anefCore = (
  options: { cer?: boolean; moroccanWorkerExempt?: boolean } = {},
): DocumentEntry[] => [
  ...passport,
  ...birth(),
  ...currentTitre,
  ...address,
  ...family,
  ...ephoto,
  ...timbre,
  ...(options.cer === false ? [] : cer(options.moroccanWorkerExempt)),
];
