import type { Facts } from "./condition";
import { evaluateCondition } from "./condition";
import type { Catalogue, FeeItem, FeeRegime, ProcedureDefinition } from "./definitions";

/** A fee as shown to the person: the amount under the regime in force and under the other ones. */
export interface FeeQuote {
  item: FeeItem;
  current:
    | { regime: FeeRegime; euros: number | null; atFilingEuros?: number; toConfirm: boolean }
    | undefined;
  others: Array<{ regime: FeeRegime; euros: number | null; toConfirm: boolean }>;
}

/** The regime in force on a day: the latest one that started on or before it. */
export function regimeOn(regimes: readonly FeeRegime[], today: string): FeeRegime | undefined {
  return [...regimes].sort((a, b) => (a.from < b.from ? 1 : -1)).find((r) => r.from <= today);
}

/** The fees of a procedure for these facts, each under the regime in force and the others. */
export function feesFor(procedure: ProcedureDefinition, catalogue: Catalogue, facts: Facts): FeeQuote[] {
  const today = facts.today ?? "";
  const current = regimeOn(catalogue.feeRegimes, today);
  return procedure.fees
    .filter((line) => line.when === undefined || evaluateCondition(line.when, facts))
    .flatMap((line) => {
      const item = catalogue.feeItems.find((i) => i.id === line.item);
      if (!item) return [];
      const quote = (regime: FeeRegime) => {
        const amount = item.amounts.find((a) => a.regime === regime.id);
        return {
          regime,
          euros: amount?.euros ?? null,
          toConfirm: Boolean(
            line.toConfirm || regime.toConfirm || amount?.toConfirm || !amount || amount.euros === null,
          ),
          ...(amount?.atFilingEuros !== undefined ? { atFilingEuros: amount.atFilingEuros } : {}),
        };
      };
      return [
        {
          item,
          current: current ? quote(current) : undefined,
          others: catalogue.feeRegimes.filter((r) => r.id !== current?.id).map(quote),
        },
      ];
    });
}
