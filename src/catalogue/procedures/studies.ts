import type { ProcedureDefinition } from "@/domain";
import { address, all, anefCore, is, isIn, notAlgerian, passport } from "../core";
import { AFTER_ENTRY, ANEF_WINDOW, NO_DEADLINE } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const studies = all(is("ground", "studies"), notAlgerian);
/** Studies, resources and a guarantor, as the renewal asks them (DOMAIN.md §3.6). */
export const studyDocs = [
  { doc: "enrolmentCertificate" },
  { doc: "transcripts", when: is("need", "renewal"), reason: "renewal" },
  { doc: "resourcesProof", choice: "resources" },
  { doc: "guarantorCommitment", choice: "resources" },
];

/** VLS-TS validation and étudiant (DOMAIN.md §3.6, §5.1). */
export const studyProcedures: ProcedureDefinition[] = [
  procedure({
    id: "visaValidation",
    legalBasis: "CESEDA, visa long séjour valant titre de séjour",
    frenchTitle: "Validation du visa long séjour valant titre de séjour (VLS-TS)",
    channel: "anef",
    appliesWhen: is("need", "arrived"),
    documents: [...passport, { doc: "vlsts" }],
    fees: [],
    deadline: NO_DEADLINE,
    sources: [S.VLS_TS, S.STUDENT_FIRST],
    toConfirm: true,
  }),
  procedure({
    id: "studentFirst",
    code: "CSP 5",
    legalBasis: "CESEDA L.422-1",
    frenchTitle: "Carte de séjour « étudiant » — première demande en France",
    channel: "anef",
    appliesWhen: all(studies, is("need", "first")),
    documents: [...anefCore(), ...studyDocs],
    fees: [{ item: "mainTaxFirstReduced" }, { item: "stampDuty" }],
    deadline: AFTER_ENTRY,
    sources: [S.STUDENT_FIRST, S.STUDENT_ANEF, S.GISTI_ANEF],
  }),
  procedure({
    id: "studentRenewal",
    code: "CSP 5",
    legalBasis: "CESEDA L.422-1",
    frenchTitle: "Carte pluriannuelle « étudiant » — renouvellement pour la suite du cycle d'études",
    channel: "anef",
    appliesWhen: all(studies, is("need", "renewal"), isIn("card", ["vlsts", "temporary", "multiYear"])),
    documents: [
      ...anefCore().filter((e) => e.doc !== "birthCertificate" && e.doc !== "birthJudgment"),
      ...address,
      ...studyDocs,
      { doc: "birthCertificate", reason: "dependsOnPrefecture", local: true },
    ],
    fees: [{ item: "mainTaxRenewalReduced" }, { item: "stampDuty" }],
    deadline: ANEF_WINDOW,
    sources: [S.STUDENT_F17279, S.STUDENT_RENEWAL, S.GISTI_ANEF],
  }),
];
