import type { DocumentEntry, ProcedureDefinition } from "@/domain";
import { algerian, all, anefCore, is, isIn, paperPhotos } from "../core";
import { AFTER_ENTRY, ANEF_WINDOW, PREFECTURE_WINDOW } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";
import { studyDocs } from "./studies";

// Algerians follow the accord franco-algérien of 1968, not these CESEDA grounds; the CER is optional
// for them (DOMAIN.md §1, §2). The accord's articles are not in DOMAIN.md, hence "à confirmer".
const ACCORD = "Accord franco-algérien de 1968";
const core = (): DocumentEntry[] => anefCore({ cer: false });
const firstOrRenewal = isIn("need", ["first", "renewal"]);
const fees = [
  { item: "mainTaxFirst", when: is("need", "first") },
  { item: "mainTaxRenewal", when: is("need", "renewal") },
  { item: "stampDuty" },
];

/** Certificat de résidence algérien for the main grounds. */
export const algeriaProcedures: ProcedureDefinition[] = [
  procedure({
    id: "algerianSpouse",
    legalBasis: ACCORD,
    frenchTitle: "Certificat de résidence algérien — conjoint de Français",
    channel: "anef",
    appliesWhen: all(algerian, is("detail", "spouseOfFrench"), firstOrRenewal),
    documents: [
      ...core(),
      { doc: "marriageAct" },
      { doc: "marriageTranscription", reason: "marriedAbroad", conditional: true },
      { doc: "spouseNationalityProof" },
      { doc: "sharedLifeProof" },
    ],
    fees,
    deadline: ANEF_WINDOW,
    sources: [S.ACCUEIL_DZ, S.ANEF_2023, S.F2209],
    toConfirm: true,
  }),
  procedure({
    id: "algerianParent",
    legalBasis: ACCORD,
    frenchTitle: "Certificat de résidence algérien — parent d'enfant français",
    channel: "anef",
    appliesWhen: all(algerian, is("detail", "parentOfFrenchChild"), firstOrRenewal),
    documents: [
      ...core(),
      { doc: "childNationalityProof" },
      { doc: "childrenBirthActs" },
      { doc: "schoolCertificate" },
      { doc: "childUpkeepProof" },
    ],
    fees,
    deadline: ANEF_WINDOW,
    sources: [S.ACCUEIL_DZ, S.ANEF_2023, S.PARENT_LIST],
    toConfirm: true,
  }),
  procedure({
    id: "algerianWorker",
    legalBasis: ACCORD,
    frenchTitle: "Certificat de résidence algérien — salarié",
    channel: "prefecture",
    appliesWhen: all(algerian, is("ground", "work"), isIn("detail", ["employee", "newJob"]), firstOrRenewal),
    documents: [
      ...core().filter((e) => e.doc !== "ephotoCode"),
      ...paperPhotos,
      { doc: "workAuthorisation", when: is("need", "first"), reason: "firstRequest" },
      { doc: "employmentContract" },
      { doc: "payslips", when: is("need", "renewal"), reason: "renewal" },
    ],
    fees,
    deadline: PREFECTURE_WINDOW,
    sources: [S.ACCUEIL_DZ, S.BAS_RHIN],
    toConfirm: true,
  }),
  procedure({
    id: "algerianStudent",
    legalBasis: ACCORD,
    frenchTitle: "Certificat de résidence algérien — étudiant",
    channel: "anef",
    appliesWhen: all(algerian, is("ground", "studies"), firstOrRenewal),
    documents: [...core(), ...studyDocs],
    fees: [
      { item: "mainTaxFirstReduced", when: is("need", "first") },
      { item: "mainTaxRenewalReduced", when: is("need", "renewal") },
      { item: "stampDuty" },
    ],
    deadline: AFTER_ENTRY,
    sources: [S.STUDENT_FIRST, S.ACCUEIL_DZ],
    toConfirm: true,
  }),
];
