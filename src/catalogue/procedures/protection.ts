import type { DocumentEntry, ProcedureDefinition } from "@/domain";
import { address, all, cer, currentTitre, ephoto, family, is, isIn, passport } from "../core";
import { ANEF_WINDOW, NO_DEADLINE, PT_WINDOW } from "../fees";
import * as S from "../sources";
import { procedure } from "./define";

const protectedAs = (detail: string, need: string) =>
  all(is("ground", "protection"), is("detail", detail), is("need", need));
/**
 * The common core of DOMAIN.md §2 that §3.15 does not lift for protected people: address, spouse and
 * children (with the non-polygamy statement), the e-photo code (ANEF), and the CER, whose exemptions
 * (§2) do not name refugees or subsidiary protection. §3.15 waives only the main tax and the visa de
 * régularisation on the first titre; the droit de timbre (§4, L.436-7) is due on every delivery and
 * renewal and DOMAIN.md says nothing of protected people there, so it stays, « à confirmer ».
 */
const protectedCore: DocumentEntry[] = [
  ...address,
  ...family,
  ...ephoto,
  { doc: "timbreFiscal", reason: "protectedStampDuty", toConfirm: true },
  ...cer(),
];
// Civil status comes from OFPRA, not from the country of origin (DOMAIN.md §3.15).
const firstDocs: DocumentEntry[] = [
  { doc: "ofpraDecision" },
  { doc: "ofpraBirthCertificate" },
  ...protectedCore,
];
const firstFees = [{ item: "protectedExempt" }, { item: "stampDuty", toConfirm: true }];
const ukraine = (need: string) => all(is("ground", "protection"), is("detail", "ukraine"), is("need", need));

/** Refugees, subsidiary protection and protection temporaire (DOMAIN.md §3.14, §3.15). */
export const protectionProcedures: ProcedureDefinition[] = [
  procedure({
    id: "refugeeFirst",
    legalBasis: "CESEDA, carte de résident « réfugié »",
    frenchTitle: "Carte de résident — réfugié",
    channel: "anef",
    appliesWhen: protectedAs("refugee", "first"),
    documents: firstDocs,
    fees: firstFees,
    deadline: NO_DEADLINE,
    sources: [S.PROTECTED_F2689, S.OFPRA_CIVIL, S.PROTECTED_FEES],
  }),
  procedure({
    id: "subsidiaryFirst",
    legalBasis: "CESEDA, carte pluriannuelle « bénéficiaire de la protection subsidiaire »",
    frenchTitle: "Carte de séjour pluriannuelle — bénéficiaire de la protection subsidiaire",
    channel: "anef",
    appliesWhen: protectedAs("subsidiary", "first"),
    documents: firstDocs,
    fees: firstFees,
    deadline: NO_DEADLINE,
    sources: [S.PROTECTED_F2689, S.OFPRA_CIVIL, S.PROTECTED_FEES],
  }),
  // The carte pluriannuelle of up to 4 years is renewed on ANEF (DOMAIN.md §3.15, §5.1), so in the
  // 120-to-60-day window (§5.2). A refugee's carte de résident is renewed by residentRenewal (§3.9).
  // DOMAIN.md gives no list of its own for this renewal: the §2 core, hence « à confirmer ».
  procedure({
    id: "subsidiaryRenewal",
    legalBasis: "CESEDA, carte pluriannuelle « bénéficiaire de la protection subsidiaire »",
    frenchTitle:
      "Renouvellement de la carte de séjour pluriannuelle — bénéficiaire de la protection subsidiaire",
    channel: "anef",
    appliesWhen: all(protectedAs("subsidiary", "renewal"), isIn("card", ["temporary", "multiYear"])),
    documents: [...currentTitre, ...protectedCore],
    // §3.15 lifts the main tax on the first titre only; §4 charges renewals.
    fees: [
      { item: "mainTaxRenewal", toConfirm: true },
      { item: "stampDuty", toConfirm: true },
    ],
    deadline: ANEF_WINDOW,
    sources: [S.PROTECTED_F2689, S.PROTECTED_FEES, S.GISTI_ANEF, S.R431_5],
    toConfirm: true,
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
