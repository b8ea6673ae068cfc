import type { DocumentDefinition, DocumentRules } from "@/domain";
import * as S from "./sources";

/** A document entry; rules default to "in French or sworn translation" only. */
function doc(
  id: string,
  pictogram: string,
  frenchName: string,
  sources: string[],
  rules: Partial<DocumentRules> = {},
  toConfirm?: boolean,
): DocumentDefinition {
  const entry: DocumentDefinition = {
    id,
    pictogram,
    frenchName,
    rules: { swornTranslation: true, ...rules },
    sources,
    lastVerified: S.VERIFIED,
  };
  if (toConfirm) entry.toConfirm = true;
  return entry;
}

const frenchDoc = { swornTranslation: false } as const;
const address = { swornTranslation: false, maxAgeMonths: 3, legalMaxAgeMonths: 6 } as const;

/** Every pièce justificative of DOMAIN.md §1–§5, in the order a checklist shows them. */
export const documents: DocumentDefinition[] = [
  // Identity and civil status (§2)
  doc(
    "passport",
    "passport",
    "Passeport (pages d'état civil, de validité, des visas et des cachets d'entrée)",
    [S.ANNEXE_10, S.PASSPORT_CIVIL],
    { allPages: true, originalAtCounter: true, swornTranslation: false, expires: true },
  ),
  doc(
    "birthCertificate",
    "civilAct",
    "Acte de naissance : copie intégrale ou extrait avec filiation",
    [S.INFOMIE_PIECES, S.ACCUEIL_DZ],
    { originalAtCounter: true },
  ),
  doc("birthJudgment", "court", "Jugement supplétif ou déclaratif de naissance", [S.INFOMIE_PIECES]),
  doc("ofpraBirthCertificate", "ofpra", "Acte de naissance établi par l'OFPRA", [S.OFPRA_CIVIL], frenchDoc),
  doc(
    "ofpraDecision",
    "decision",
    "Décision de l'OFPRA ou de la CNDA",
    [S.OFPRA_CIVIL, S.OFPRA_DECISIONS],
    frenchDoc,
  ),
  // Current right to stay (§2, §5.3)
  doc("currentTitre", "titre", "Titre de séjour en cours de validité", [S.ANNEXE_10], {
    ...frenchDoc,
    bothSides: true,
    expires: true,
    originalAtCounter: true,
  }),
  doc(
    "vlsts",
    "visa",
    "Visa long séjour valant titre de séjour (VLS-TS) et sa validation",
    [S.ANNEXE_10, S.VLS_TS],
    frenchDoc,
  ),
  doc("recepisse", "recepisse", "Récépissé de demande de titre de séjour", [S.RECEPISSE], {
    ...frenchDoc,
    bothSides: true,
  }),
  doc(
    "prolongationAttestation",
    "attestation",
    "Attestation de prolongation d'instruction (API)",
    [S.R431_15_1],
    frenchDoc,
  ),
  doc(
    "currentAps",
    "recepisse",
    "Autorisation provisoire de séjour (APS) en cours",
    [S.PT_CORSE, S.PT_CALVADOS],
    { ...frenchDoc, expires: true },
  ),
  // Proof of address (§2)
  doc(
    "utilityBill",
    "bill",
    "Facture d'électricité, de gaz, d'eau, de téléphone fixe ou d'internet",
    [S.ANNEXE_10, S.ADDRESS_F33052, S.F35807],
    address,
  ),
  doc("lease", "lease", "Bail de location", [S.ANNEXE_10, S.ADDRESS_F33052], address),
  doc("rentReceipt", "receipt", "Quittance de loyer", [S.ANNEXE_10, S.ADDRESS_F33052], address),
  doc("housingTax", "taxNotice", "Avis de taxe d'habitation", [S.ANNEXE_10], address),
  doc("hotelAttestation", "hotel", "Attestation de l'hôtel", [S.ANNEXE_10, S.ADDRESS_F33052], address),
  doc("hotelInvoice", "bill", "Facture de l'hôtel du dernier mois", [S.ANNEXE_10, S.ADDRESS_F33052], address),
  doc(
    "hostingAttestation",
    "hostLetter",
    "Attestation d'hébergement datée et signée par l'hébergeant",
    [S.ANNEXE_10, S.ADDRESS_F33052],
    address,
  ),
  doc(
    "hostId",
    "idCard",
    "Pièce d'identité ou titre de séjour de l'hébergeant",
    [S.ANNEXE_10, S.ADDRESS_F33052],
    { ...frenchDoc, bothSides: true },
  ),
  doc(
    "hostProofOfAddress",
    "bill",
    "Justificatif de domicile de l'hébergeant",
    [S.ANNEXE_10, S.ADDRESS_F33052],
    address,
  ),
  doc("domicileDeclaration", "form", "Formulaire de déclaration de domicile", [S.PT_CORSE], frenchDoc),
  // Photos and fees (§2)
  doc(
    "ephotoCode",
    "ephoto",
    "Code e-photo (photo et signature numériques, cabine agréée ANTS)",
    [S.EPHOTO, S.ANNEXE_10],
    frenchDoc,
  ),
  doc(
    "paperPhotos",
    "photo",
    "Photographies d'identité 35 × 45 mm (norme ISO/IEC 19794-5:2005)",
    [S.ANNEXE_10],
    { ...frenchDoc, count: 3 },
  ),
  doc("timbreFiscal", "stamp", "Timbre fiscal (électronique)", [S.TIMBRE, S.TIMBRE_BUY], frenchDoc),
  // Family (§2, §3.1–§3.3)
  doc("marriageAct", "marriage", "Acte de mariage (copie intégrale ou extrait)", [S.ACCUEIL_DZ, S.F2209], {
    originalAtCounter: true,
  }),
  doc(
    "marriageTranscription",
    "marriage",
    "Transcription du mariage sur les registres de l'état civil français",
    [S.F2209],
    frenchDoc,
  ),
  doc(
    "spouseNationalityProof",
    "idCard",
    "Preuve de la nationalité française du conjoint (CNI, passeport ou certificat de nationalité)",
    [S.F2209],
    { ...frenchDoc, bothSides: true },
  ),
  doc("spouseTitre", "idCard", "Titre de séjour ou pièce d'identité du conjoint", [S.ACCUEIL_DZ], {
    ...frenchDoc,
    bothSides: true,
  }),
  doc("sharedLifeProof", "family", "Justificatifs de communauté de vie", [S.F2209, S.CONJOINT_LIST]),
  doc("pacsCertificate", "pacs", "Attestation d'enregistrement du PACS", [S.TIES_MINISTRY], frenchDoc),
  doc(
    "nonPolygamyStatement",
    "sworn",
    "Déclaration sur l'honneur de non-polygamie",
    [S.ANNEXE_10],
    frenchDoc,
  ),
  doc(
    "regularEntryProof",
    "visa",
    "Justificatif d'entrée régulière en France",
    [S.F2209, S.CONJOINT_HAUTE],
    frenchDoc,
  ),
  doc("childrenBirthActs", "child", "Actes de naissance des enfants avec filiation", [S.ACCUEIL_DZ], {
    originalAtCounter: true,
  }),
  doc(
    "childNationalityProof",
    "idCard",
    "Preuve de la nationalité française de l'enfant (CNI ou certificat de nationalité de moins de 6 mois)",
    [S.PARENT_LIST],
    { ...frenchDoc, maxAgeMonths: 6 },
  ),
  doc(
    "childUpkeepProof",
    "upkeep",
    "Justificatifs de contribution à l'entretien et à l'éducation de l'enfant",
    [S.PARENT_LIST],
  ),
  doc(
    "familyCourtDecision",
    "court",
    "Décision du juge aux affaires familiales (autorité parentale, pension)",
    [S.PARENT_LIST],
    frenchDoc,
  ),
  doc(
    "schoolCertificate",
    "school",
    "Certificat de scolarité ou de crèche",
    [S.PARENT_LIST, S.DCEM_F2718],
    frenchDoc,
  ),
  doc(
    "parentalAuthorityProof",
    "court",
    "Justificatif de l'autorité parentale (acte de mariage, jugement, reconnaissance)",
    [S.DCEM_F2718],
  ),
  doc("familyBooklet", "booklet", "Livret de famille", [S.DCEM_F2718]),
  doc("childPassport", "passport", "Passeport ou pièce d'identité de l'enfant", [S.DCEM_F2718], {
    allPages: true,
    expires: true,
    swornTranslation: false,
  }),
  doc("childEphoto", "ephoto", "Code e-photo de l'enfant", [S.DCEM_F2718], frenchDoc),
  // Work (§3.5, §3.7)
  doc(
    "workAuthorisation",
    "workPermit",
    "Autorisation de travail (CERFA n° 15186 ou 15187)",
    [S.WORKER_FIRST, S.ANNEXE_10],
    frenchDoc,
  ),
  doc("employmentContract", "contract", "Contrat de travail (ou formulaire qui en reprend les termes)", [
    S.TALENT,
    S.AES_FORM,
  ]),
  doc(
    "payslips",
    "payslip",
    "Bulletins de salaire (les 3 derniers)",
    [S.WORKER_RENEWAL, S.WORKER_RENEWAL_LIST],
    { ...frenchDoc, count: 3 },
  ),
  doc(
    "employerAttestation",
    "employer",
    "Attestation de l'employeur (emploi occupé)",
    [S.WORKER_RENEWAL, S.WORKER_FIRST],
    frenchDoc,
  ),
  doc(
    "socialContributionSlip",
    "receipt",
    "Dernier bordereau de versement des cotisations sociales",
    [S.WORKER_RENEWAL],
    frenchDoc,
  ),
  doc(
    "contractEndLetter",
    "endContract",
    "Lettre de rupture du contrat de travail",
    [S.WORKER_RENEWAL],
    frenchDoc,
  ),
  doc(
    "unemploymentEmployerAttestation",
    "employer",
    "Attestation employeur destinée à France Travail",
    [S.WORKER_RENEWAL],
    frenchDoc,
  ),
  doc("workCertificate", "certificate", "Certificat de travail", [S.WORKER_RENEWAL], frenchDoc),
  doc(
    "unemploymentBenefitProof",
    "jobCenter",
    "Attestation de paiement des allocations chômage",
    [S.WORKER_RENEWAL],
    frenchDoc,
  ),
  doc(
    "companyDocuments",
    "company",
    "Documents de l'entreprise (extrait Kbis, bordereaux de cotisations sociales)",
    [S.TALENT, S.TALENT_PAY],
    frenchDoc,
  ),
  doc(
    "payThresholdProof",
    "bank",
    "Justificatif de rémunération au-dessus du seuil",
    [S.TALENT_PAY],
    frenchDoc,
  ),
  // Studies (§3.6, §3.8)
  doc(
    "enrolmentCertificate",
    "school",
    "Certificat d'inscription dans l'établissement",
    [S.STUDENT_F17279, S.STUDENT_RENEWAL],
    frenchDoc,
  ),
  doc("transcripts", "transcript", "Relevés de notes et diplômes obtenus depuis l'arrivée", [
    S.STUDENT_F17279,
  ]),
  doc("diploma", "diploma", "Diplôme (ou attestation de réussite du jury)", [S.TALENT, S.RECE]),
  doc(
    "resourcesProof",
    "bank",
    "Justificatifs de ressources (attestation bancaire, bourse, bulletins de salaire)",
    [S.STUDENT_F17279, S.RESIDENT_EU],
  ),
  doc(
    "guarantorCommitment",
    "guarantor",
    "Attestation de prise en charge par un garant, avec ses justificatifs",
    [S.STUDENT_F17279],
  ),
  doc("healthInsurance", "healthCard", "Attestation d'assurance maladie", [S.RECE], frenchDoc),
  doc("studentCard", "idCard", "Carte d'étudiant en cours", [S.RECE], { ...frenchDoc, expires: true }),
  // Integration (§2)
  doc(
    "cer",
    "republic",
    "Contrat d'engagement à respecter les principes de la République (CER)",
    [S.CER, S.CER_DECREE, S.CER_CIR],
    frenchDoc,
  ),
  doc(
    "ofiiCir",
    "ofii",
    "Attestation OFII de suivi du contrat d'intégration républicaine (CIR)",
    [S.CER_CIR],
    frenchDoc,
  ),
  doc(
    "ofiiMedical",
    "ofii",
    "Certificat médical de l'OFII (visite médicale)",
    [S.CER_CIR, S.WORKER_FIRST],
    frenchDoc,
  ),
  doc(
    "frenchA2",
    "language",
    "Diplôme ou attestation de français niveau A2",
    [S.LANGUAGE_2026, S.LANGUAGE_2026_TEXTS],
    frenchDoc,
    true,
  ),
  doc(
    "frenchB1",
    "language",
    "Diplôme ou attestation de français niveau B1",
    [S.LANGUAGE_2026, S.LANGUAGE_2026_TEXTS],
    frenchDoc,
    true,
  ),
  doc(
    "civicExam",
    "exam",
    "Attestation de réussite à l'examen civique",
    [S.LANGUAGE_2026, S.LANGUAGE_2026_TEXTS],
    frenchDoc,
    true,
  ),
  // Presence, losses, taxes, forms (§3.3, §3.11, §3.12)
  doc("presenceProofs", "calendar", "Preuves de présence en France, année par année", [
    S.AES_FORM,
    S.AES_OISE,
    S.TIES_MINISTRY,
  ]),
  doc("lossStatement", "lost", "Déclaration de perte", [S.DUPLICATA_F21032], frenchDoc),
  doc(
    "theftReceipt",
    "police",
    "Récépissé de déclaration de vol (police ou gendarmerie)",
    [S.DUPLICATA_F21032],
    frenchDoc,
  ),
  doc("lostCardCopy", "titre", "Photocopie du titre perdu ou volé", [S.DUPLICATA_F21032], frenchDoc),
  doc("taxNotice", "taxNotice", "Avis d'imposition", [S.RESIDENT_EU], frenchDoc),
  doc("requestForm", "form", "Formulaire de demande rempli", [S.AES_FORM, S.PT_CORSE], frenchDoc),
  doc("coverLetter", "letter", "Lettre de demande et bordereau des pièces", [S.AES_ADVICE], frenchDoc),
  doc("tiesProofs", "family", "Justificatifs des liens en France et dans le pays d'origine", [
    S.TIES_ARTICLE,
    S.TIES_MINISTRY,
  ]),
  doc(
    "changeProof",
    "civilAct",
    "Justificatif du changement (acte de mariage, PACS, jugement, acte de naissance)",
    [S.CHANGE_ANEF],
    {},
    true,
  ),
];
