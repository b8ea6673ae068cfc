import type { ProcedureDefinition } from "@/domain";
import { address, all, ephoto, family, is, passport } from "../core";
import { NO_DEADLINE, PT_WINDOW } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const protectedAs = (detail: string) =>
  all(is("ground", "protection"), is("detail", detail), is("need", "first"));
// Civil status comes from OFPRA, not from the country of origin (DOMAIN.md §3.15).
const protectedDocs = [
  { doc: "ofpraDecision" },
  { doc: "ofpraBirthCertificate" },
  ...address,
  ...family.filter((e) => e.doc !== "nonPolygamyStatement"),
  ...ephoto,
];
const ukraine = (need: string) => all(is("ground", "protection"), is("detail", "ukraine"), is("need", need));

/** Refugees, subsidiary protection and protection temporaire (DOMAIN.md §3.14, §3.15). */
export const protectionProcedures: ProcedureDefinition[] = [
  procedure({
    id: "refugeeFirst",
    legalBasis: "CESEDA, carte de résident « réfugié »",
    frenchTitle: "Carte de résident — réfugié",
    channel: "anef",
    appliesWhen: protectedAs("refugee"),
    documents: protectedDocs,
    fees: [{ item: "protectedExempt" }],
    deadline: NO_DEADLINE,
    sources: [S.PROTECTED_F2689, S.OFPRA_CIVIL, S.PROTECTED_FEES],
  }),
  procedure({
    id: "subsidiaryFirst",
    legalBasis: "CESEDA, carte pluriannuelle « bénéficiaire de la protection subsidiaire »",
    frenchTitle: "Carte de séjour pluriannuelle — bénéficiaire de la protection subsidiaire",
    channel: "anef",
    appliesWhen: protectedAs("subsidiary"),
    documents: protectedDocs,
    fees: [{ item: "protectedExempt" }],
    deadline: NO_DEADLINE,
    sources: [S.PROTECTED_F2689, S.OFPRA_CIVIL, S.PROTECTED_FEES],
  }),
  procedure({
    id: "temporaryProtectionFirst",
    legalBasis: "CESEDA, protection temporaire",
    frenchTitle:
      "Autorisation provisoire de séjour « bénéficiaire de la protection temporaire » — première demande",
    channel: "demarchesSimplifiees",
    appliesWhen: ukraine("first"),
    documents: [
      { doc: "requestForm" },
      ...passport,
      { doc: "birthCertificate" },
      ...address,
      { doc: "domicileDeclaration", reason: "domicileFormLocal", local: true },
    ],
    fees: [{ item: "apsProtection" }],
    deadline: NO_DEADLINE,
    endsOn: "2027-03-04",
    sources: [S.PT_FIRST, S.PT_CALVADOS, S.PT_CORSE, S.PT_DS],
  }),
  procedure({
    id: "temporaryProtectionRenewal",
    legalBasis: "CESEDA, protection temporaire",
    frenchTitle:
      "Autorisation provisoire de séjour « bénéficiaire de la protection temporaire » — renouvellement",
    channel: "demarchesSimplifiees",
    appliesWhen: ukraine("renewal"),
    documents: [
      { doc: "currentAps" },
      ...passport,
      ...address,
      { doc: "domicileDeclaration", reason: "domicileFormLocal", local: true },
    ],
    fees: [{ item: "apsProtection" }],
    deadline: PT_WINDOW,
    endsOn: "2027-03-04",
    sources: [S.PT_CALVADOS, S.PT_CORSE, S.PT_DS],
  }),
];
