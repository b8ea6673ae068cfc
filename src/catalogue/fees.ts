import type { DeadlineRule, FeeItem, FeeRegime } from "@/domain";
import * as S from "./sources";

/**
 * The two fee regimes (DOMAIN.md §4, §8). The 2026 regime's start is dated from the JO of 20 Feb 2026
 * that published the Conseil constitutionnel decision; the exact date of application is unverified.
 */
export const feeRegimes: FeeRegime[] = [
  { id: "lf2020", from: "2020-01-02", frenchName: "Loi de finances pour 2020", sources: [S.FEES_2020] },
  {
    id: "lf2026",
    from: "2026-02-20",
    frenchName: "Loi de finances pour 2026, article 128",
    sources: [S.FEES_2026, S.FEES_2026_DECISION],
    toConfirm: true,
  },
];

const item = (
  id: string,
  legalBasis: string,
  frenchName: string,
  before: number | null,
  after: number | null,
  sources: string[],
  options: { afterToConfirm?: boolean; atFiling?: [number, number] } = {},
): FeeItem => ({
  id,
  legalBasis,
  frenchName,
  amounts: [
    { regime: "lf2020", euros: before, ...(options.atFiling ? { atFilingEuros: options.atFiling[0] } : {}) },
    {
      regime: "lf2026",
      euros: after,
      ...(options.atFiling ? { atFilingEuros: options.atFiling[1] } : {}),
      ...(options.afterToConfirm ? { toConfirm: true } : {}),
    },
  ],
  sources,
});

/** Every fee of §4 with its amount in euros under each regime (null: unknown). */
export const feeItems: FeeItem[] = [
  item("mainTaxFirst", "CESEDA L.436-1", "Taxe de première délivrance", 200, 300, [S.FEES_2026]),
  item("mainTaxFirstReduced", "CESEDA L.436-1", "Taxe de première délivrance (taux réduit)", 50, 100, [
    S.FEES_2026,
  ]),
  item("mainTaxRenewal", "CESEDA L.436-1", "Taxe de renouvellement", 200, 200, [S.FEES_2026], {
    afterToConfirm: true,
  }),
  item(
    "mainTaxRenewalReduced",
    "CESEDA L.436-1",
    "Taxe de renouvellement (taux réduit)",
    50,
    50,
    [S.FEES_2026],
    {
      afterToConfirm: true,
    },
  ),
  item("stampDuty", "CESEDA L.436-7", "Droit de timbre", 25, 50, [S.FEES_2026, S.FEES_CESEDA]),
  item(
    "visaRegularisation",
    "CESEDA L.436-4",
    "Droit de visa de régularisation",
    200,
    300,
    [S.FEES_2026, S.FEES_2026_FAS],
    {
      atFiling: [50, 100],
    },
  ),
  item(
    "lateRenewal",
    "CESEDA L.436-1",
    "Droit de visa de régularisation pour renouvellement tardif",
    180,
    180,
    [S.FEES_CESEDA, S.LATE_FEE],
    {
      afterToConfirm: true,
    },
  ),
  item(
    "apsProtection",
    "CESEDA L.436-1 II",
    "Taxe sur l'autorisation provisoire de séjour",
    0,
    100,
    [S.FEES_2026, S.FEES_2026_FAS],
    {
      afterToConfirm: true,
    },
  ),
  item("dcem", "CESEDA L.436-7", "Timbre pour le document de circulation pour étranger mineur", 50, null, [
    S.DCEM_TARN,
  ]),
  item("duplicata", "CESEDA L.436-7", "Taxe de duplicata", 225, null, [S.DUPLICATA_F21032]),
  item("duplicataReduced", "CESEDA L.436-7", "Taxe de duplicata (taux réduit)", 75, null, [
    S.DUPLICATA_F21032,
  ]),
  item(
    "protectedExempt",
    "CESEDA L.436-1",
    "Exonération de la taxe de première délivrance (protection)",
    0,
    0,
    [S.PROTECTED_FEES],
  ),
];

// Deadline rules (DOMAIN.md §5.2, §3.13, §3.14, §3.4).

/** ANEF titres: file between the 120th and the 60th day before expiry (R.431-5 1°). */
export const ANEF_WINDOW: DeadlineRule = {
  kind: "beforeExpiry",
  opens: { amount: 120, unit: "days" },
  closes: { amount: 60, unit: "days" },
  lateFee: true,
  sources: [S.R431_5, S.LATE_FEE],
};
/** Titres not on the ANEF list: within the 2 months before expiry (R.431-5). */
export const PREFECTURE_WINDOW: DeadlineRule = {
  kind: "beforeExpiry",
  opens: { amount: 2, unit: "months" },
  closes: { amount: 0, unit: "days" },
  lateFee: true,
  sources: [S.R431_5],
};
/** First request after arrival: within 2 months of entry (R.431-4). */
export const AFTER_ENTRY: DeadlineRule = {
  kind: "afterEvent",
  event: "entry",
  within: { amount: 2, unit: "months" },
  sources: [S.R431_4],
};
/** A new address is declared within 3 months (R.431-23). */
export const AFTER_MOVE: DeadlineRule = {
  kind: "afterEvent",
  event: "move",
  within: { amount: 3, unit: "months" },
  sources: [S.ADDRESS_CHANGE, S.F35807],
};
/** Protection temporaire: renew 15 days to 3 weeks before expiry (§3.14). */
export const PT_WINDOW: DeadlineRule = {
  kind: "beforeExpiry",
  opens: { amount: 21, unit: "days" },
  closes: { amount: 15, unit: "days" },
  lateFee: false,
  sources: [S.PT_CALVADOS],
};
/** Étranger malade: the medical certificate reaches OFII within 1 month of filing (§3.4). */
export const MEDICAL_TO_OFII: DeadlineRule = {
  kind: "afterEvent",
  event: "filing",
  within: { amount: 1, unit: "months" },
  sources: [S.ILL_MEDICAL],
};
export const NO_DEADLINE: DeadlineRule = { kind: "none" };
