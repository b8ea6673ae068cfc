import type { ProcedureDefinition } from "@/domain";
import { all, anefCore, firstMultiYear, firstResident, is, isIn, notAlgerian } from "../core";
import { ANEF_WINDOW, NO_DEADLINE } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const spouse = all(is("ground", "family"), is("detail", "spouseOfFrench"), notAlgerian);
const parent = all(is("ground", "family"), is("detail", "parentOfFrenchChild"), notAlgerian);
const spouseDocs = [
  { doc: "marriageAct" },
  { doc: "marriageTranscription", reason: "marriedAbroad", conditional: true },
  { doc: "spouseNationalityProof" },
  { doc: "sharedLifeProof" },
];
const parentDocs = [
  { doc: "childNationalityProof" },
  { doc: "childrenBirthActs" },
  { doc: "schoolCertificate" },
  { doc: "childUpkeepProof" },
  { doc: "familyCourtDecision", reason: "courtDecision", conditional: true },
];
const firstFees = [{ item: "mainTaxFirst" }, { item: "stampDuty" }];
const renewalFees = [{ item: "mainTaxRenewal" }, { item: "stampDuty" }];

/** Vie privée et familiale: spouse and parent of a French national, personal ties (DOMAIN.md §3.1–§3.3). */
export const familyProcedures: ProcedureDefinition[] = [
  procedure({
    id: "spouseFirstAfterVisa",
    code: "CST 1",
    legalBasis: "CESEDA L.423-1",
    frenchTitle: "Carte pluriannuelle « vie privée et familiale » — conjoint de Français, après un VLS-TS",
    channel: "anef",
    appliesWhen: all(spouse, is("need", "renewal"), is("card", "vlsts")),
    documents: [...anefCore(), { doc: "vlsts" }, ...spouseDocs, ...firstMultiYear],
    fees: firstFees,
    deadline: ANEF_WINDOW,
    sources: [S.F2209, S.ANEF_2023],
  }),
  procedure({
    id: "spouseFirstWithoutVisa",
    code: "CST 1",
    legalBasis: "CESEDA L.423-1",
    frenchTitle: "Carte de séjour « vie privée et familiale » — conjoint de Français, sans VLS-TS",
    channel: "anef",
    appliesWhen: all(spouse, is("need", "first")),
    documents: [
      ...anefCore(),
      ...spouseDocs,
      { doc: "regularEntryProof" },
      { doc: "sharedLifeProof", reason: "sixMonthsTogether" },
    ],
    fees: firstFees,
    deadline: NO_DEADLINE,
    sources: [S.F2209, S.CONJOINT_HAUTE],
  }),
  procedure({
    id: "spouseRenewal",
    code: "CST 1",
    legalBasis: "CESEDA L.423-1",
    frenchTitle: "Renouvellement du titre « vie privée et familiale » — conjoint de Français",
    channel: "anef",
    appliesWhen: all(spouse, is("need", "renewal"), isIn("card", ["temporary", "multiYear"])),
    documents: [
      ...anefCore(),
      { doc: "marriageAct", reason: "recentMarriageAct" },
      { doc: "sharedLifeProof" },
      { doc: "spouseNationalityProof", reason: "spouseInPerson", local: true },
    ],
    fees: renewalFees,
    deadline: ANEF_WINDOW,
    sources: [S.CONJOINT_LIST, S.ANEF_2023],
  }),
  procedure({
    id: "spouseResident",
    // Isère's list CR 1 covers the carte de résident after years of marriage (DOMAIN.md §1).
    code: "CR 1",
    legalBasis: "CESEDA L.423-1 et suivants",
    frenchTitle: "Carte de résident — conjoint de Français après 3 ans de mariage",
    channel: "anef",
    appliesWhen: all(spouse, is("need", "renewal"), is("card", "multiYear")),
    documents: [...anefCore(), ...spouseDocs, ...firstResident],
    fees: firstFees,
    deadline: ANEF_WINDOW,
    sources: [S.CR_SECTION, S.ANEF_2023, S.ISERE_LISTS],
    toConfirm: true,
  }),
  procedure({
    id: "parentFirst",
    legalBasis: "CESEDA L.423-7",
    frenchTitle: "Carte de séjour « vie privée et familiale » — parent d'enfant français",
    channel: "anef",
    appliesWhen: all(parent, is("need", "first")),
    documents: [...anefCore(), ...parentDocs],
    fees: firstFees,
    deadline: NO_DEADLINE,
    sources: [S.PARENT_LIST, S.ANEF_2023],
  }),
  procedure({
    id: "parentRenewal",
    legalBasis: "CESEDA L.423-7",
    frenchTitle: "Renouvellement du titre « vie privée et familiale » — parent d'enfant français",
    channel: "anef",
    appliesWhen: all(parent, is("need", "renewal"), isIn("card", ["vlsts", "temporary", "multiYear"])),
    documents: [...anefCore(), ...parentDocs],
    fees: renewalFees,
    deadline: ANEF_WINDOW,
    sources: [S.PARENT_LIST, S.ANEF_2023],
  }),
  procedure({
    id: "parentResident",
    legalBasis: "CESEDA L.423-7 et suivants",
    frenchTitle: "Carte de résident — parent d'enfant français après 3 ans",
    channel: "anef",
    appliesWhen: all(parent, is("need", "renewal"), is("card", "multiYear")),
    documents: [...anefCore(), ...parentDocs, ...firstResident],
    fees: firstFees,
    deadline: ANEF_WINDOW,
    sources: [S.CR_SECTION],
    toConfirm: true,
  }),
  procedure({
    id: "personalTies",
    legalBasis: "CESEDA L.423-23",
    frenchTitle: "Carte de séjour « vie privée et familiale » — liens personnels et familiaux",
    channel: "prefecture",
    appliesWhen: all(
      is("ground", "family"),
      is("detail", "personalTies"),
      isIn("need", ["first", "renewal"]),
    ),
    documents: [
      ...anefCore().filter((e) => e.doc !== "ephotoCode"),
      { doc: "paperPhotos" },
      { doc: "presenceProofs" },
      { doc: "tiesProofs" },
      { doc: "schoolCertificate", when: is("children", "yes"), reason: "children" },
      { doc: "pacsCertificate", when: is("married", "pacs"), reason: "pacs" },
      { doc: "sharedLifeProof", when: isIn("married", ["married", "pacs"]), reason: "couple" },
    ],
    fees: firstFees,
    deadline: NO_DEADLINE,
    sources: [S.TIES_ARTICLE, S.TIES_MINISTRY, S.BAS_RHIN],
  }),
];
