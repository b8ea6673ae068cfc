import type { ProcedureDefinition } from "@/domain";
import { all, anefCore, firstMultiYear, firstResident, is, isIn, not, notAlgerian } from "../core";
import { ANEF_WINDOW, MEDICAL_TO_OFII, NO_DEADLINE } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

/** Carte de résident, carte pluriannuelle générale, étranger malade (DOMAIN.md §3.4, §3.9, §3.10). */
export const residentProcedures: ProcedureDefinition[] = [
  procedure({
    id: "residentFirst",
    // Isère's list CR 1: cartes de résident after years of regular stay or of marriage (DOMAIN.md §1).
    code: "CR 1",
    legalBasis: "CESEDA, carte de résident (5 ans de séjour régulier)",
    frenchTitle: "Carte de résident — après 5 ans de séjour régulier",
    channel: "prefecture",
    appliesWhen: all(is("ground", "longStay"), {
      any: [is("need", "first"), all(is("need", "renewal"), not(is("card", "resident")))],
    }),
    documents: [
      ...anefCore(),
      { doc: "ofiiCir" },
      { doc: "resourcesProof" },
      { doc: "taxNotice" },
      { doc: "payslips", reason: "stableResources" },
      ...firstResident,
    ],
    fees: [{ item: "mainTaxFirst" }, { item: "stampDuty" }],
    deadline: NO_DEADLINE,
    sources: [S.RESIDENT_F2208, S.CR_SECTION, S.RESIDENT_EU, S.ISERE_LISTS],
    toConfirm: true,
  }),
  procedure({
    id: "residentRenewal",
    // Isère's list CR 3: renewal of a carte de résident (DOMAIN.md §1).
    code: "CR 3",
    legalBasis: "CESEDA, carte de résident",
    frenchTitle: "Renouvellement de la carte de résident (tous motifs)",
    channel: "anef",
    appliesWhen: all(is("need", "renewal"), is("card", "resident")),
    documents: anefCore().filter((e) => e.doc !== "birthCertificate" && e.doc !== "birthJudgment"),
    fees: [{ item: "mainTaxRenewal" }, { item: "stampDuty" }],
    deadline: ANEF_WINDOW,
    sources: [S.RESIDENT_RENEWAL_ANEF, S.RESIDENT_F2208, S.ISERE_LISTS],
  }),
  procedure({
    id: "multiYearGeneral",
    legalBasis: "CESEDA, carte de séjour pluriannuelle",
    frenchTitle: "Carte de séjour pluriannuelle — première délivrance après une carte d'un an",
    channel: "anef",
    appliesWhen: all(
      is("need", "renewal"),
      is("card", "temporary"),
      notAlgerian,
      isIn("detail", ["employee", "newJob", "parentOfFrenchChild"]),
    ),
    documents: [...anefCore(), ...firstMultiYear],
    fees: [{ item: "mainTaxRenewal" }, { item: "stampDuty" }],
    deadline: ANEF_WINDOW,
    sources: [S.F2209, S.LANGUAGE_2026, S.CER_CIR],
    toConfirm: true,
  }),
  procedure({
    id: "illness",
    code: "CST 4",
    legalBasis: "CESEDA L.425-9",
    frenchTitle: "Carte de séjour « vie privée et familiale » — étranger malade",
    channel: "anef",
    appliesWhen: all(is("ground", "health"), isIn("need", ["first", "renewal"])),
    documents: [
      ...anefCore().filter((e) => e.doc !== "ephotoCode"),
      { doc: "ephotoCode", choice: "photo" },
      { doc: "paperPhotos", choice: "photo" },
      { doc: "presenceProofs", reason: "oneYearResidence" },
    ],
    fees: [
      { item: "mainTaxFirst", when: is("need", "first") },
      { item: "mainTaxRenewal", when: is("need", "renewal") },
      { item: "stampDuty" },
    ],
    deadline: MEDICAL_TO_OFII,
    sources: [S.ILL_F17164, S.ILL_MEDICAL, S.BAS_RHIN],
    toConfirm: true,
  }),
];
