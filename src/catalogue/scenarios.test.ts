import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  type Checklist,
  checklistFor,
  feesFor,
  isoDay,
  type ProcedureDefinition,
} from "@/domain";
import { catalogue, documentById } from "./catalogue";
import { MEDICAL_TO_OFII } from "./fees";

// Scenarios from DOMAIN.md §2–§3, each with the exact document set the person sees, by group.
// The date is fixed: rules that start on a date (CER 17/07/2024, A2/B1 and civic exam 01/01/2026) apply.
const today = new Date("2026-11-27T12:00:00Z");

interface Scenario {
  story: string;
  answers: unknown;
  procedures: string[];
  always: string[];
  situation: string[];
  local: string[];
}

const scenarios: Scenario[] = [
  {
    story: "renewal, spouse of a French national, hosted by a friend, Moroccan",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "ma",
      children: "no",
      housing: "hosted",
    },
    procedures: ["spouseRenewal"],
    always: ["ephotoCode", "marriageAct", "passport", "sharedLifeProof", "timbreFiscal"],
    situation: [
      "cer",
      "currentTitre",
      "hostId",
      "hostProofOfAddress",
      "hostingAttestation",
      "nonPolygamyStatement",
      "spouseTitre",
    ],
    local: ["spouseNationalityProof"],
  },
  {
    story: "first titre after a VLS-TS as spouse, own home, 2026 language rules",
    answers: {
      need: "renewal",
      card: "vlsts",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "other",
      children: "no",
      housing: "own",
    },
    procedures: ["spouseFirstAfterVisa"],
    always: [
      "ephotoCode",
      "marriageAct",
      "ofiiCir",
      "passport",
      "sharedLifeProof",
      "spouseNationalityProof",
      "timbreFiscal",
      "vlsts",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "frenchA2",
      "housingTax",
      "lease",
      "marriageTranscription",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "spouse without a long-stay visa, married in France",
    answers: {
      need: "first",
      entry: "withoutVisa",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "other",
      children: "yes",
      housing: "own",
    },
    procedures: ["spouseFirstWithoutVisa"],
    always: [
      "ephotoCode",
      "marriageAct",
      "passport",
      "regularEntryProof",
      "sharedLifeProof",
      "spouseNationalityProof",
      "timbreFiscal",
    ],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "childrenBirthActs",
      "housingTax",
      "lease",
      "marriageTranscription",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "spouse with a multi-year card: renewal and carte de résident",
    answers: {
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "other",
      children: "no",
      housing: "own",
    },
    procedures: ["spouseRenewal", "spouseResident"],
    always: [
      "ephotoCode",
      "marriageAct",
      "passport",
      "sharedLifeProof",
      "spouseNationalityProof",
      "timbreFiscal",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "frenchB1",
      "housingTax",
      "lease",
      "marriageTranscription",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "parent of a French child, first request, hotel",
    answers: {
      need: "first",
      reasons: [{ ground: "family", detail: "parentOfFrenchChild" }],
      nationality: "other",
      married: "single",
      housing: "hotel",
    },
    procedures: ["parentFirst"],
    always: [
      "childNationalityProof",
      "childUpkeepProof",
      "childrenBirthActs",
      "ephotoCode",
      "passport",
      "schoolCertificate",
      "timbreFiscal",
    ],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "familyCourtDecision",
      "hotelAttestation",
      "hotelInvoice",
    ],
    local: [],
  },
  {
    story: "parent of a French child, renewal of a one-year card",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "family", detail: "parentOfFrenchChild" }],
      nationality: "other",
      married: "single",
      housing: "own",
    },
    procedures: ["parentRenewal", "multiYearGeneral"],
    always: [
      "childNationalityProof",
      "childUpkeepProof",
      "childrenBirthActs",
      "ephotoCode",
      "ofiiCir",
      "passport",
      "schoolCertificate",
      "timbreFiscal",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "familyCourtDecision",
      "frenchA2",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "parent of a French child with a multi-year card: renewal and carte de résident",
    answers: {
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "family", detail: "parentOfFrenchChild" }],
      nationality: "other",
      married: "single",
      housing: "own",
    },
    procedures: ["parentRenewal", "parentResident"],
    always: [
      "childNationalityProof",
      "childUpkeepProof",
      "childrenBirthActs",
      "ephotoCode",
      "passport",
      "schoolCertificate",
      "timbreFiscal",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "familyCourtDecision",
      "frenchB1",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "personal ties, PACS, children, first request",
    answers: {
      need: "first",
      reasons: [{ ground: "family", detail: "personalTies" }],
      nationality: "other",
      married: "pacs",
      children: "yes",
      housing: "hosted",
    },
    procedures: ["personalTies", "exceptionalFamily"],
    always: ["paperPhotos", "passport", "presenceProofs", "requestForm", "tiesProofs", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "childrenBirthActs",
      "hostId",
      "hostProofOfAddress",
      "hostingAttestation",
      "pacsCertificate",
      "schoolCertificate",
      "sharedLifeProof",
    ],
    local: ["coverLetter"],
  },
  {
    story: "Algerian spouse of a French national: certificat de résidence, no CER",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "dz",
      children: "no",
      housing: "own",
    },
    procedures: ["algerianSpouse"],
    always: [
      "ephotoCode",
      "marriageAct",
      "passport",
      "sharedLifeProof",
      "spouseNationalityProof",
      "timbreFiscal",
    ],
    situation: [
      "currentTitre",
      "housingTax",
      "lease",
      "marriageTranscription",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "Algerian parent of a French child",
    answers: {
      need: "first",
      reasons: [{ ground: "family", detail: "parentOfFrenchChild" }],
      nationality: "dz",
      married: "single",
      housing: "own",
    },
    procedures: ["algerianParent"],
    always: [
      "childNationalityProof",
      "childUpkeepProof",
      "childrenBirthActs",
      "ephotoCode",
      "passport",
      "schoolCertificate",
      "timbreFiscal",
    ],
    situation: ["birthCertificate", "birthJudgment", "housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "Algerian worker, renewal",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "dz",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["algerianWorker"],
    always: ["employmentContract", "paperPhotos", "passport", "timbreFiscal"],
    situation: ["currentTitre", "housingTax", "lease", "payslips", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "Algerian student, first request",
    answers: {
      need: "first",
      reasons: [{ ground: "studies" }],
      nationality: "dz",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["algerianStudent"],
    always: [
      "enrolmentCertificate",
      "ephotoCode",
      "guarantorCommitment",
      "passport",
      "resourcesProof",
      "timbreFiscal",
    ],
    situation: ["birthCertificate", "birthJudgment", "housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "Algerian graduate looking for a job: no RECE",
    answers: {
      need: "first",
      reasons: [{ ground: "work", detail: "jobSearch" }],
      nationality: "dz",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: [],
    always: [],
    situation: [],
    local: [],
  },
  {
    story: "refugee: OFPRA birth certificate, no timbre",
    answers: {
      need: "first",
      reasons: [{ ground: "protection", detail: "refugee" }],
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["refugeeFirst"],
    // The timbre stays, à confirmer: §3.15 waives the main tax, not the droit de timbre (§4).
    always: ["ephotoCode", "ofpraBirthCertificate", "ofpraDecision", "timbreFiscal"],
    situation: ["cer", "housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "refugee renewing the carte de résident: the renewal of every carte de résident",
    answers: {
      need: "renewal",
      card: "resident",
      reasons: [{ ground: "protection", detail: "refugee" }],
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["residentRenewal"],
    always: ["ephotoCode", "passport", "timbreFiscal"],
    situation: ["cer", "currentTitre", "housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "subsidiary protection, married with children",
    answers: {
      need: "first",
      reasons: [{ ground: "protection", detail: "subsidiary" }],
      married: "married",
      children: "yes",
      housing: "own",
    },
    procedures: ["subsidiaryFirst"],
    always: ["ephotoCode", "ofpraBirthCertificate", "ofpraDecision", "timbreFiscal"],
    situation: [
      "cer",
      "childrenBirthActs",
      "housingTax",
      "lease",
      "marriageAct",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "subsidiary protection, renewal of the multi-year card, hosted",
    answers: {
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "protection", detail: "subsidiary" }],
      married: "single",
      children: "no",
      housing: "hosted",
    },
    procedures: ["subsidiaryRenewal"],
    always: ["ephotoCode", "timbreFiscal"],
    situation: ["cer", "currentTitre", "hostId", "hostProofOfAddress", "hostingAttestation"],
    local: [],
  },
  {
    story: "protection temporaire, first request, on démarches-simplifiées",
    answers: {
      need: "first",
      reasons: [{ ground: "protection", detail: "ukraine" }],
      married: "single",
      children: "no",
      housing: "hosted",
    },
    procedures: ["temporaryProtectionFirst"],
    always: ["birthCertificate", "passport", "requestForm"],
    situation: ["hostId", "hostProofOfAddress", "hostingAttestation"],
    local: ["domicileDeclaration"],
  },
  {
    story: "protection temporaire, renewal",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "protection", detail: "ukraine" }],
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["temporaryProtectionRenewal"],
    always: ["currentAps", "passport"],
    situation: ["housingTax", "lease", "rentReceipt", "utilityBill"],
    local: ["domicileDeclaration"],
  },
  {
    story: "student, first year arrival: validate the VLS-TS",
    answers: { need: "arrived", reasons: [{}] },
    procedures: ["visaValidation"],
    always: ["passport", "vlsts"],
    situation: [],
    local: [],
  },
  {
    story: "student, first request in France, living in a hotel",
    answers: {
      need: "first",
      reasons: [{ ground: "studies" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "hotel",
    },
    procedures: ["studentFirst"],
    // Resources or a guarantor: one of the two is enough (choice "resources").
    always: [
      "enrolmentCertificate",
      "ephotoCode",
      "guarantorCommitment",
      "passport",
      "resourcesProof",
      "timbreFiscal",
    ],
    situation: ["birthCertificate", "birthJudgment", "cer", "hotelAttestation", "hotelInvoice"],
    local: [],
  },
  {
    story: "student renewal, Tunisian, guarantor",
    answers: {
      need: "renewal",
      card: "vlsts",
      reasons: [{ ground: "studies" }],
      nationality: "tn",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["studentRenewal"],
    always: [
      "enrolmentCertificate",
      "ephotoCode",
      "guarantorCommitment",
      "passport",
      "resourcesProof",
      "timbreFiscal",
    ],
    situation: ["cer", "currentTitre", "housingTax", "lease", "rentReceipt", "transcripts", "utilityBill"],
    local: ["birthCertificate"],
  },
  {
    story: "worker, first titre after a VLS-TS salarié, Moroccan: no CER",
    answers: {
      need: "renewal",
      card: "vlsts",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "ma",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["workerFirst"],
    always: [
      "employerAttestation",
      "ofiiMedical",
      "paperPhotos",
      "passport",
      "payslips",
      "timbreFiscal",
      "workAuthorisation",
    ],
    situation: ["currentTitre", "housingTax", "lease", "ofiiCir", "rentReceipt", "utilityBill", "vlsts"],
    local: [],
  },
  {
    story: "worker renewal, same job, and first multi-year card",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["workerRenewalSameJob", "multiYearGeneral"],
    always: [
      "employerAttestation",
      "ephotoCode",
      "ofiiCir",
      "paperPhotos",
      "passport",
      "payslips",
      "socialContributionSlip",
      "timbreFiscal",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "frenchA2",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "worker renewal, new employer, multi-year card held",
    answers: {
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "work", detail: "newJob" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["workerRenewalNewJob"],
    always: ["employmentContract", "paperPhotos", "passport", "payslips", "timbreFiscal"],
    situation: [
      "cer",
      "currentTitre",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
      "workAuthorisation",
    ],
    local: [],
  },
  {
    story: "worker renewal after losing the job",
    answers: {
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "work", detail: "jobLost" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["workerRenewalJobLost"],
    always: [
      "contractEndLetter",
      "paperPhotos",
      "passport",
      "timbreFiscal",
      "unemploymentEmployerAttestation",
      "workCertificate",
    ],
    situation: [
      "cer",
      "currentTitre",
      "housingTax",
      "lease",
      "rentReceipt",
      "unemploymentBenefitProof",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "worker without a visa: admission exceptionnelle",
    answers: {
      need: "first",
      entry: "withoutVisa",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "other",
      married: "married",
      children: "no",
      housing: "own",
    },
    procedures: ["exceptionalWork"],
    always: [
      "paperPhotos",
      "passport",
      "payslips",
      "presenceProofs",
      "requestForm",
      "timbreFiscal",
      "workAuthorisation",
    ],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "marriageAct",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: ["coverLetter"],
  },
  {
    story: "métiers en tension before its end, without a visa",
    answers: {
      need: "first",
      entry: "withoutVisa",
      reasons: [{ ground: "work", detail: "shortage" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["shortageOccupation"],
    always: [
      "employerAttestation",
      "employmentContract",
      "paperPhotos",
      "passport",
      "payslips",
      "presenceProofs",
      "timbreFiscal",
    ],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "talent passport, qualified employee",
    answers: {
      need: "first",
      talentKind: "qualified",
      reasons: [{ ground: "work", detail: "talent" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["talentQualified"],
    always: ["diploma", "employmentContract", "ephotoCode", "passport", "payThresholdProof", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "talent passport, EU Blue Card renewal, Moroccan, married with children",
    answers: {
      need: "renewal",
      card: "multiYear",
      talentKind: "blueCard",
      reasons: [{ ground: "work", detail: "talent" }],
      nationality: "ma",
      married: "married",
      children: "yes",
      housing: "own",
    },
    procedures: ["talentBlueCard"],
    always: ["diploma", "employmentContract", "ephotoCode", "passport", "payThresholdProof", "timbreFiscal"],
    situation: [
      "cer",
      "childrenBirthActs",
      "currentTitre",
      "housingTax",
      "lease",
      "marriageAct",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "talent passport, business creation, first request, Tunisian, hosted",
    answers: {
      need: "first",
      talentKind: "business",
      reasons: [{ ground: "work", detail: "talent" }],
      nationality: "tn",
      married: "single",
      children: "no",
      housing: "hosted",
    },
    procedures: ["talentBusiness"],
    always: ["companyDocuments", "diploma", "ephotoCode", "passport", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "hostId",
      "hostProofOfAddress",
      "hostingAttestation",
    ],
    local: [],
  },
  {
    story: "Tunisian graduate looking for a job: an APS under the agreement, not the RECE card",
    answers: {
      need: "first",
      reasons: [{ ground: "work", detail: "jobSearch" }],
      nationality: "tn",
      married: "single",
      children: "no",
      housing: "own",
    },
    // The APS is not modelled yet: the result screen says Papiers does not know this situation.
    procedures: [],
    always: [],
    situation: [],
    local: [],
  },
  {
    story: "graduate looking for a job (RECE)",
    answers: {
      need: "first",
      reasons: [{ ground: "work", detail: "jobSearch" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["jobSearch"],
    always: ["diploma", "ephotoCode", "passport", "studentCard", "timbreFiscal", "vlsts"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: ["healthInsurance"],
  },
  {
    story: "ill foreign national, first request",
    answers: {
      need: "first",
      reasons: [{ ground: "health" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["illness"],
    always: ["ephotoCode", "paperPhotos", "passport", "presenceProofs", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "carte de résident after 5 years",
    answers: {
      need: "first",
      reasons: [{ ground: "longStay" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["residentFirst"],
    always: ["ephotoCode", "ofiiCir", "passport", "payslips", "resourcesProof", "taxNotice", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "civicExam",
      "frenchB1",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "renewal of a carte de résident, any ground",
    answers: {
      need: "renewal",
      card: "resident",
      reasons: [{ ground: "work", detail: "employee" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["residentRenewal"],
    always: ["ephotoCode", "passport", "timbreFiscal"],
    situation: ["cer", "currentTitre", "housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "lost card",
    answers: {
      need: "lost",
      lostHow: "lost",
      married: "single",
      children: "no",
      housing: "own",
      reasons: [{}],
    },
    procedures: ["duplicataLoss"],
    always: ["ephotoCode", "lossStatement", "paperPhotos", "passport", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "housingTax",
      "lease",
      "lostCardCopy",
      "rentReceipt",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "stolen card, married",
    answers: {
      need: "lost",
      lostHow: "stolen",
      married: "married",
      children: "no",
      housing: "own",
      reasons: [{}],
    },
    procedures: ["duplicataTheft"],
    always: ["ephotoCode", "paperPhotos", "passport", "theftReceipt", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "housingTax",
      "lease",
      "lostCardCopy",
      "marriageAct",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
    ],
    local: [],
  },
  {
    story: "change of address",
    answers: { need: "change", changeKind: "address", housing: "own", reasons: [{}] },
    procedures: ["addressChange"],
    always: ["currentTitre", "ephotoCode", "passport", "timbreFiscal"],
    situation: ["housingTax", "lease", "rentReceipt", "utilityBill"],
    local: [],
  },
  {
    story: "change of civil status",
    answers: {
      need: "change",
      changeKind: "civilStatus",
      married: "married",
      children: "yes",
      reasons: [{}],
    },
    procedures: ["civilStatusChange"],
    always: ["changeProof", "currentTitre", "ephotoCode", "passport", "timbreFiscal"],
    situation: ["childrenBirthActs", "marriageAct", "nonPolygamyStatement", "spouseTitre"],
    local: [],
  },
  {
    story: "travel document for a child (DCEM)",
    answers: { need: "childTravel", reasons: [{}] },
    procedures: ["minorTravelDocument"],
    always: [
      "childEphoto",
      "childPassport",
      "childrenBirthActs",
      "currentTitre",
      "familyBooklet",
      "parentalAuthorityProof",
      "passport",
      "schoolCertificate",
      "timbreFiscal",
    ],
    situation: [],
    local: [],
  },
  {
    story: "two grounds: spouse and worker, union of both lists",
    answers: {
      need: "renewal",
      card: "temporary",
      reasons: [
        { ground: "family", detail: "spouseOfFrench" },
        { ground: "work", detail: "newJob" },
      ],
      nationality: "other",
      children: "no",
      housing: "own",
    },
    procedures: ["spouseRenewal", "workerRenewalNewJob", "multiYearGeneral"],
    always: [
      "employmentContract",
      "ephotoCode",
      "marriageAct",
      "ofiiCir",
      "paperPhotos",
      "passport",
      "payslips",
      "sharedLifeProof",
      "timbreFiscal",
    ],
    situation: [
      "cer",
      "civicExam",
      "currentTitre",
      "frenchA2",
      "housingTax",
      "lease",
      "nonPolygamyStatement",
      "rentReceipt",
      "spouseTitre",
      "utilityBill",
      "workAuthorisation",
    ],
    local: ["spouseNationalityProof"],
  },
  {
    story: "personal ties regularisation: L.423-23 and AES family",
    answers: {
      need: "first",
      reasons: [{ ground: "family", detail: "personalTies" }],
      nationality: "other",
      married: "single",
      children: "no",
      housing: "own",
    },
    procedures: ["personalTies", "exceptionalFamily"],
    always: ["paperPhotos", "passport", "presenceProofs", "requestForm", "tiesProofs", "timbreFiscal"],
    situation: [
      "birthCertificate",
      "birthJudgment",
      "cer",
      "housingTax",
      "lease",
      "rentReceipt",
      "utilityBill",
    ],
    local: ["coverLetter"],
  },
];

describe("checklistFor, on the catalogue", () => {
  it("covers at least 30 scenarios", () => expect(scenarios.length).toBeGreaterThanOrEqual(30));

  it.each(scenarios)("$story", ({ answers, procedures, always, situation, local }) => {
    const checklist = checklistFor(AnswersSchema.parse(answers), catalogue, today);
    const group = (name: string) =>
      checklist.items
        .filter((item) => item.group === name)
        .map((item) => item.documentId)
        .sort();
    expect(checklist.procedures.map((match) => match.procedure.id)).toEqual(procedures);
    expect({ always: group("always"), situation: group("situation"), local: group("local") }).toEqual({
      always,
      situation,
      local,
    });
  });
});

describe("rules that DOMAIN.md states outright", () => {
  const run = (answers: unknown, on = today) => checklistFor(AnswersSchema.parse(answers), catalogue, on);
  const ids = (answers: unknown, on = today) => run(answers, on).items.map((item) => item.documentId);
  /** The one procedure a checklist matched (a test fails plainly when there is none). */
  const only = (checklist: Checklist) => {
    expect(checklist.procedures).toHaveLength(1);
    return checklist.procedures[0]?.procedure as ProcedureDefinition;
  };
  const worker = {
    need: "first",
    entry: "withoutVisa",
    nationality: "other",
    married: "single",
    children: "no",
    housing: "own",
  };

  it("gives a refugee the OFPRA birth certificate, and the timbre fiscal only « à confirmer »", () => {
    const checklist = run({
      need: "first",
      reasons: [{ ground: "protection", detail: "refugee" }],
      housing: "own",
    });
    const item = (doc: string) => checklist.items.find((i) => i.documentId === doc);
    expect(item("ofpraBirthCertificate")).toBeDefined();
    expect(item("birthCertificate")).toBeUndefined();
    // §3.15 waives the main tax on the first titre; §4's droit de timbre is not said either way.
    expect(item("timbreFiscal")?.toConfirm).toBe(true);
    expect(item("timbreFiscal")?.because).toEqual([
      { procedureId: "refugeeFirst", reason: "protectedStampDuty" },
    ]);
    const quotes = feesFor(only(checklist), catalogue, { today: isoDay(today) });
    expect(quotes.map((q) => [q.item.id, q.current?.euros, q.current?.toConfirm])).toEqual([
      ["protectedExempt", 0, true],
      ["stampDuty", 50, true],
    ]);
    // Before the 2026 regime, whose start is itself à confirmer, the line alone carries the doubt.
    const before = new Date("2025-06-01T12:00:00Z");
    const early = run({ need: "first", reasons: [{ ground: "protection", detail: "refugee" }] }, before);
    const stamp = feesFor(only(early), catalogue, { today: "2025-06-01" }).find(
      (q) => q.item.id === "stampDuty",
    );
    expect([stamp?.current?.euros, stamp?.current?.toConfirm]).toEqual([25, true]);
  });

  it("asks refugees and subsidiary protection for the CER: §2 does not list them among the exemptions", () => {
    for (const detail of ["refugee", "subsidiary"]) {
      const checklist = run({ need: "first", reasons: [{ ground: "protection", detail }] });
      const cer = checklist.items.find((i) => i.documentId === "cer");
      expect(cer, detail).toBeDefined();
      expect(cer?.toConfirm, detail).toBe(false);
    }
    const renewal = run({
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "protection", detail: "subsidiary" }],
    });
    expect(renewal.items.map((i) => i.documentId)).toContain("cer");
    // Protection temporaire is exempt (§2, §3.14).
    expect(ids({ need: "first", reasons: [{ ground: "protection", detail: "ukraine" }] })).not.toContain(
      "cer",
    );
  });

  it("renews a subsidiary-protection card on ANEF in the 120-to-60-day window, its fees à confirmer", () => {
    const checklist = run({
      need: "renewal",
      card: "multiYear",
      reasons: [{ ground: "protection", detail: "subsidiary" }],
    });
    const procedure = only(checklist);
    expect(procedure.id).toBe("subsidiaryRenewal");
    expect(procedure.channel).toBe("anef");
    expect(procedure.toConfirm).toBe(true);
    expect(procedure.deadline).toMatchObject({ opens: { amount: 120 }, closes: { amount: 60 } });
    const quotes = feesFor(procedure, catalogue, { today: "2025-06-01" });
    expect(quotes.map((q) => [q.item.id, q.current?.euros, q.current?.toConfirm])).toEqual([
      ["mainTaxRenewal", 200, true],
      ["stampDuty", 25, true],
    ]);
    // A subsidiary-protection holder who now has a carte de résident renews it as every resident does.
    const resident = run({
      need: "renewal",
      card: "resident",
      reasons: [{ ground: "protection", detail: "subsidiary" }],
    });
    expect(resident.procedures.map((m) => m.procedure.id)).toEqual(["residentRenewal"]);
  });

  it("lists no medical document for an ill foreign national, and reminds the OFII deadline", () => {
    const checklist = run({ need: "first", reasons: [{ ground: "health" }], married: "single" });
    const procedure = only(checklist);
    expect(procedure.id).toBe("illness");
    // No medical information goes to the préfecture: the certificate goes to OFII (§3.4, §9 item 9).
    const medical = (id: string) =>
      /medical|médical|sant[ée]|health/i.test(`${id} ${documentById(id)?.frenchName ?? ""}`);
    expect(procedure.documents.map((e) => e.doc).filter(medical)).toEqual([]);
    expect(checklist.items.map((i) => i.documentId).filter(medical)).toEqual([]);
    // The one thing shown: the certificate must reach OFII within 1 month of filing.
    expect(procedure.deadline).toEqual(MEDICAL_TO_OFII);
    expect(MEDICAL_TO_OFII).toMatchObject({ kind: "afterEvent", event: "filing", within: { amount: 1 } });
  });

  it("never asks an Algerian for the CER", () => {
    const docs = ids({
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "studies" }],
      nationality: "dz",
    });
    expect(docs).not.toContain("cer");
  });

  it("asks for the CER only from 17/07/2024", () => {
    const answers = { ...worker, reasons: [{ ground: "work", detail: "employee" }] };
    expect(ids(answers, new Date("2024-07-16T12:00:00Z"))).not.toContain("cer");
    expect(ids(answers, new Date("2024-07-17T12:00:00Z"))).toContain("cer");
  });

  it("asks A2 French and the civic exam for a first multi-year card only from 01/01/2026", () => {
    const answers = {
      need: "renewal",
      card: "vlsts",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
    };
    expect(ids(answers, new Date("2025-12-31T12:00:00Z"))).not.toContain("frenchA2");
    expect(ids(answers, new Date("2026-01-01T12:00:00Z"))).toEqual(
      expect.arrayContaining(["frenchA2", "civicExam"]),
    );
  });

  it("offers the métiers en tension route until 31/12/2026 and not after", () => {
    const answers = { ...worker, reasons: [{ ground: "work", detail: "shortage" }] };
    expect(run(answers, new Date("2026-12-31T12:00:00Z")).procedures).toHaveLength(1);
    expect(run(answers, new Date("2027-01-01T12:00:00Z")).procedures).toHaveLength(0);
  });

  it("shows, for two grounds at once, which ground each document serves", () => {
    const checklist = run({
      need: "renewal",
      card: "multiYear",
      reasons: [
        { ground: "family", detail: "spouseOfFrench" },
        { ground: "work", detail: "newJob" },
      ],
      housing: "own",
    });
    const serves = (doc: string) =>
      checklist.items.find((item) => item.documentId === doc)?.because.map((b) => b.procedureId);
    expect(serves("marriageAct")).toContain("spouseRenewal");
    expect(serves("payslips")).toEqual(["workerRenewalNewJob"]);
    expect(serves("passport")).toEqual(expect.arrayContaining(["spouseRenewal", "workerRenewalNewJob"]));
    expect(checklist.procedures.find((p) => p.procedure.id === "workerRenewalNewJob")?.reasonIndexes).toEqual(
      [1],
    );
  });

  it("flags what DOMAIN.md marks ⚠ as to confirm", () => {
    const checklist = run({
      ...worker,
      entry: "withVisa",
      reasons: [{ ground: "work", detail: "employee" }],
    });
    expect(checklist.procedures[0]?.procedure.toConfirm).toBe(true);
    expect(checklist.items.every((item) => item.toConfirm)).toBe(true);
  });
});
