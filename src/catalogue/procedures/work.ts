import type { ProcedureDefinition } from "@/domain";
import { all, anefCore, is, isIn, not, notAlgerian, paperPhotos } from "../core";
import { ANEF_WINDOW, NO_DEADLINE, PREFECTURE_WINDOW } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const work = (...details: string[]) => all(is("ground", "work"), isIn("detail", details), notAlgerian);
const held = isIn("card", ["temporary", "multiYear"]);
// Salarié and travailleur temporaire may still be filed at the préfecture (⚠ DOMAIN.md §3.5).
const workerCore = () => [
  ...anefCore({ moroccanWorkerExempt: true }).filter((e) => e.doc !== "ephotoCode"),
  ...paperPhotos,
];
const renewalFees = [{ item: "mainTaxRenewal" }, { item: "stampDuty" }];
const firstFees = [{ item: "mainTaxFirst" }, { item: "stampDuty" }];
// Prefecture lists CSP 1.1 to 1.10 follow the passeport-talent mentions in DOMAIN.md §3.7's order; the
// Isère page it cites names CSP 1.1 salarié qualifié, 1.2 carte bleue européenne, 1.5 création d'entreprise.
const TALENT_CODES = { qualified: "CSP 1.1", blueCard: "CSP 1.2", business: "CSP 1.5" } as const;
const regularisationFees = [...firstFees, { item: "visaRegularisation", when: is("entry", "withoutVisa") }];

/** Salarié, travailleur temporaire, métiers en tension, passeport talent, RECE (DOMAIN.md §3.5, §3.7, §3.8). */
export const workProcedures: ProcedureDefinition[] = [
  procedure({
    id: "workerFirst",
    code: "CST 3",
    legalBasis: "CESEDA L.421-1",
    frenchTitle: "Carte de séjour « salarié » ou « travailleur temporaire » — première demande",
    channel: "prefecture",
    appliesWhen: all(work("employee", "newJob"), {
      any: [
        all(is("need", "renewal"), is("card", "vlsts")),
        all(is("need", "first"), is("entry", "withVisa")),
      ],
    }),
    documents: [
      ...workerCore(),
      { doc: "vlsts", when: is("card", "vlsts"), reason: "visaHeld" },
      { doc: "workAuthorisation" },
      { doc: "employerAttestation", choice: "inTheJob" },
      { doc: "payslips", choice: "inTheJob" },
      { doc: "ofiiCir", reason: "permanentContract", conditional: true },
      { doc: "ofiiMedical" },
    ],
    fees: firstFees,
    deadline: PREFECTURE_WINDOW,
    sources: [S.WORKER_FIRST, S.ANNEXE_10, S.BAS_RHIN],
    toConfirm: true,
  }),
  procedure({
    id: "workerRenewalSameJob",
    code: "CST 3",
    legalBasis: "CESEDA L.421-1",
    frenchTitle: "Renouvellement « salarié » ou « travailleur temporaire » — même emploi",
    channel: "prefecture",
    appliesWhen: all(work("employee"), is("need", "renewal"), held),
    documents: [
      ...workerCore(),
      { doc: "employerAttestation" },
      { doc: "payslips" },
      { doc: "socialContributionSlip" },
    ],
    fees: renewalFees,
    deadline: PREFECTURE_WINDOW,
    sources: [S.WORKER_RENEWAL, S.WORKER_RENEWAL_LIST, S.BAS_RHIN],
    toConfirm: true,
  }),
  procedure({
    id: "workerRenewalNewJob",
    code: "CST 3",
    legalBasis: "CESEDA L.421-1",
    frenchTitle: "Renouvellement « salarié » ou « travailleur temporaire » — nouvel emploi ou employeur",
    channel: "prefecture",
    appliesWhen: all(work("newJob"), is("need", "renewal"), held),
    documents: [
      ...workerCore(),
      { doc: "payslips" },
      { doc: "employmentContract" },
      { doc: "workAuthorisation", reason: "newWorkAuthorisation", conditional: true },
    ],
    fees: renewalFees,
    deadline: PREFECTURE_WINDOW,
    sources: [S.WORKER_RENEWAL, S.WORKER_RENEWAL_LIST, S.BAS_RHIN],
    toConfirm: true,
  }),
  procedure({
    id: "workerRenewalJobLost",
    code: "CST 3",
    legalBasis: "CESEDA L.421-1",
    frenchTitle: "Renouvellement « salarié » ou « travailleur temporaire » — perte d'emploi",
    channel: "prefecture",
    appliesWhen: all(work("jobLost"), is("need", "renewal"), held),
    documents: [
      ...workerCore(),
      { doc: "contractEndLetter" },
      { doc: "unemploymentEmployerAttestation" },
      { doc: "workCertificate" },
      { doc: "unemploymentBenefitProof", reason: "benefitsPaid", conditional: true },
    ],
    fees: renewalFees,
    deadline: PREFECTURE_WINDOW,
    sources: [S.WORKER_RENEWAL, S.WORKER_RENEWAL_LIST, S.BAS_RHIN],
    toConfirm: true,
  }),
  procedure({
    id: "shortageOccupation",
    legalBasis: "CESEDA L.435-4",
    frenchTitle: "Carte de séjour « travailleur temporaire » ou « salarié » — métiers en tension",
    channel: "prefecture",
    appliesWhen: all(work("shortage"), is("need", "first"), { until: "2026-12-31" }),
    documents: [
      ...workerCore(),
      { doc: "payslips", reason: "twelveMonthsShortage" },
      { doc: "employerAttestation" },
      { doc: "employmentContract" },
      { doc: "presenceProofs", reason: "threeYears" },
    ],
    fees: regularisationFees,
    deadline: NO_DEADLINE,
    endsOn: "2026-12-31",
    sources: [S.SHORTAGE],
    toConfirm: true,
  }),
  procedure({
    id: "exceptionalWork",
    legalBasis: "CESEDA L.435-1",
    frenchTitle: "Admission exceptionnelle au séjour — salarié",
    channel: "prefecture",
    appliesWhen: all(work("employee", "newJob"), is("need", "first"), is("entry", "withoutVisa")),
    documents: [
      ...workerCore(),
      { doc: "requestForm" },
      { doc: "presenceProofs", reason: "presencePerYear" },
      { doc: "payslips" },
      { doc: "workAuthorisation" },
      { doc: "coverLetter", reason: "advised", local: true },
    ],
    fees: regularisationFees,
    deadline: NO_DEADLINE,
    sources: [S.AES_FORM, S.AES_OISE, S.AES_ADVICE, S.BAS_RHIN],
  }),
  ...(
    [
      [
        "talentQualified",
        "qualified",
        "salarié qualifié",
        [
          { doc: "employmentContract" },
          { doc: "diploma", reason: "masterLevel" },
          { doc: "payThresholdProof" },
        ],
      ],
      [
        "talentBlueCard",
        "blueCard",
        "carte bleue européenne",
        [
          { doc: "employmentContract" },
          { doc: "diploma", reason: "blueCardDiploma" },
          { doc: "payThresholdProof" },
        ],
      ],
      [
        "talentBusiness",
        "business",
        "création d'entreprise",
        [{ doc: "companyDocuments" }, { doc: "diploma" }],
      ],
    ] as const
  ).map(([id, kind, mention, extra]) =>
    procedure({
      id,
      code: TALENT_CODES[kind],
      legalBasis: "CESEDA, passeport talent",
      frenchTitle: `Carte pluriannuelle « passeport talent » — ${mention}`,
      channel: "anef",
      appliesWhen: all(work("talent"), is("talentKind", kind), isIn("need", ["first", "renewal"])),
      documents: [...anefCore(), ...extra],
      fees: [
        { item: "mainTaxFirst", when: is("need", "first") },
        { item: "mainTaxRenewal", when: is("need", "renewal") },
        { item: "stampDuty" },
      ],
      deadline: ANEF_WINDOW,
      sources: [S.ISERE_LISTS, S.TALENT, S.TALENT_PAY, S.ANEF_ATTESTATIONS],
      toConfirm: true,
    }),
  ),
  procedure({
    id: "jobSearch",
    code: "CST 9",
    legalBasis: "CESEDA L.422-10",
    frenchTitle: "Carte de séjour « recherche d'emploi ou création d'entreprise » (RECE)",
    channel: "anef",
    // Tunisians, under their bilateral agreement, get an APS instead (DOMAIN.md §3.8); that APS is not
    // modelled yet, and the RECE card would be the wrong titre for them.
    appliesWhen: all(work("jobSearch"), is("need", "first"), not(is("nationality", "tn"))),
    documents: [
      ...anefCore(),
      { doc: "studentCard", choice: "studentStatus" },
      { doc: "vlsts", choice: "studentStatus" },
      { doc: "diploma" },
      { doc: "healthInsurance", reason: "healthInsuranceLocal", local: true },
    ],
    fees: [{ item: "mainTaxFirstReduced" }, { item: "stampDuty" }],
    deadline: NO_DEADLINE,
    sources: [S.RECE, S.ISERE_LISTS],
    toConfirm: true,
  }),
];
