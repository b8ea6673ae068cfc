import type { ProcedureDefinition } from "@/domain";
import { address, all, anefCore, birth, ephoto, family, is, paperPhotos, passport, timbre } from "../core";
import { AFTER_MOVE, NO_DEADLINE } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const duplicataCore = [
  { doc: "lostCardCopy", reason: "ifKept", conditional: true },
  ...passport,
  ...birth(is("need", "lost"), "replacement"),
  ...family,
  ...address,
  { doc: "ephotoCode", choice: "photo" },
  { doc: "paperPhotos", choice: "photo" },
  ...timbre,
];
const duplicataFees = [
  { item: "duplicataReduced", when: is("ground", "studies") },
  { item: "duplicata", when: { not: is("ground", "studies") } },
];

/** Duplicata, changes of situation, DCEM, and the family route of AES (DOMAIN.md §3.11–§3.13, §3.16). */
export const changeProcedures: ProcedureDefinition[] = [
  procedure({
    id: "duplicataLoss",
    legalBasis: "CESEDA L.436-7 (duplicata)",
    frenchTitle: "Duplicata du titre de séjour — perte",
    channel: "anef",
    appliesWhen: all(is("need", "lost"), is("lostHow", "lost")),
    documents: [{ doc: "lossStatement" }, ...duplicataCore],
    fees: duplicataFees,
    deadline: NO_DEADLINE,
    sources: [S.DUPLICATA_F21032, S.DUPLICATA_F22312, S.DUPLICATA_MOSELLE],
  }),
  procedure({
    id: "duplicataTheft",
    legalBasis: "CESEDA L.436-7 (duplicata)",
    frenchTitle: "Duplicata du titre de séjour — vol",
    channel: "anef",
    appliesWhen: all(is("need", "lost"), is("lostHow", "stolen")),
    documents: [{ doc: "theftReceipt" }, ...duplicataCore],
    fees: duplicataFees,
    deadline: NO_DEADLINE,
    sources: [S.DUPLICATA_F21032, S.DUPLICATA_F22312, S.DUPLICATA_MOSELLE],
  }),
  procedure({
    id: "addressChange",
    legalBasis: "CESEDA R.431-23",
    frenchTitle: "Déclaration de changement d'adresse",
    channel: "anef",
    appliesWhen: all(is("need", "change"), is("changeKind", "address")),
    documents: [{ doc: "currentTitre" }, ...passport, ...address, ...ephoto, ...timbre],
    fees: [{ item: "stampDuty" }],
    deadline: AFTER_MOVE,
    sources: [S.ADDRESS_CHANGE, S.F35807, S.CHANGE_ANEF],
  }),
  procedure({
    id: "civilStatusChange",
    legalBasis: "CESEDA, changement de situation",
    frenchTitle: "Déclaration de changement d'état civil (mariage, PACS, divorce, naissance, nom, décès)",
    channel: "anef",
    appliesWhen: all(is("need", "change"), is("changeKind", "civilStatus")),
    documents: [
      { doc: "currentTitre" },
      ...passport,
      { doc: "changeProof" },
      ...family,
      ...ephoto,
      ...timbre,
    ],
    fees: [{ item: "stampDuty" }],
    deadline: NO_DEADLINE,
    sources: [S.CHANGE_ANEF],
    toConfirm: true,
  }),
  procedure({
    id: "minorTravelDocument",
    legalBasis: "CESEDA, document de circulation pour étranger mineur",
    frenchTitle: "Document de circulation pour étranger mineur (DCEM)",
    channel: "anef",
    appliesWhen: is("need", "childTravel"),
    documents: [
      { doc: "currentTitre", reason: "parentTitre" },
      ...passport,
      { doc: "childPassport" },
      { doc: "familyBooklet", choice: "parentage" },
      { doc: "childrenBirthActs", choice: "parentage" },
      { doc: "parentalAuthorityProof" },
      { doc: "schoolCertificate" },
      { doc: "childEphoto" },
      ...timbre,
    ],
    fees: [{ item: "dcem" }],
    deadline: NO_DEADLINE,
    sources: [S.DCEM_F2718, S.DCEM_LIST, S.DCEM_TARN],
  }),
  procedure({
    id: "exceptionalFamily",
    legalBasis: "CESEDA L.435-1",
    frenchTitle: "Admission exceptionnelle au séjour — vie privée et familiale",
    channel: "prefecture",
    appliesWhen: all(is("ground", "family"), is("detail", "personalTies"), is("need", "first")),
    documents: [
      ...anefCore().filter((e) => e.doc !== "ephotoCode" && e.doc !== "timbreFiscal"),
      ...paperPhotos,
      { doc: "requestForm" },
      { doc: "presenceProofs", reason: "presencePerYear" },
      { doc: "schoolCertificate", when: is("children", "yes"), reason: "children" },
      { doc: "sharedLifeProof", when: { in: ["married", ["married", "pacs"]] }, reason: "couple" },
      { doc: "timbreFiscal", reason: "regularisationAtFiling" },
      { doc: "coverLetter", reason: "advised", local: true },
    ],
    fees: [{ item: "visaRegularisation" }, { item: "mainTaxFirst" }, { item: "stampDuty" }],
    deadline: NO_DEADLINE,
    sources: [S.AES_FORM, S.AES_OISE, S.AES_ADVICE, S.BAS_RHIN],
  }),
];
