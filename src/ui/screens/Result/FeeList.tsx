import { catalogue } from "@/catalogue";
import { type FeeQuote, regimeOn } from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { lookup, ToConfirm } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** The fees of a procedure: today's amount, its regime's start, the other regime, and "à confirmer". */
export function FeeList({ quotes }: { quotes: FeeQuote[] }) {
  const { t } = useT();
  const money = (euros: number | null) =>
    euros === null ? t("fee.unknown", { ns: "dossier" }) : t("fee.amount", { ns: "dossier", amount: euros });
  if (quotes.length === 0) return <p class="fact">{t("fee.none", { ns: "dossier" })}</p>;
  const uncertain = quotes.some((q) => q.current?.toConfirm);
  return (
    <>
      <ul class="fee-list">
        {quotes.map(({ item, current, others }) => (
          <li key={item.id}>
            <Icon name="receipt" />
            <div>
              <p data-listen>
                <strong>{lookup(t, "catalogue", `fees.${item.id}`)}</strong>
                {current && <> : {money(current.euros)} </>}
                {current?.toConfirm && <ToConfirm />}
              </p>
              {current?.atFilingEuros !== undefined && (
                <p>{t("fee.atFiling", { ns: "dossier", amount: current.atFilingEuros })}</p>
              )}
              <p class="official">
                <span lang="fr">{item.frenchName}</span>
                {current && (
                  <> — {t("fee.since", { ns: "dossier", date: formatAdminDate(current.regime.from) })}</>
                )}
              </p>
              {others.map((other) => (
                <p key={other.regime.id} class="official">
                  {other.regime.from > (current?.regime.from ?? "")
                    ? t("fee.since", { ns: "dossier", date: formatAdminDate(other.regime.from) })
                    : t("fee.before", {
                        ns: "dossier",
                        date: formatAdminDate(current?.regime.from ?? other.regime.from),
                      })}{" "}
                  : {money(other.euros)}
                </p>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {uncertain && <p class="fact">{t("fee.check", { ns: "dossier" })}</p>}
    </>
  );
}

/** The late-renewal fee under the regime in force today, and whether it is to confirm (deadline text). */
export function lateFee(today: string): { euros: number; toConfirm: boolean } | undefined {
  const regime = regimeOn(catalogue.feeRegimes, today);
  const amount = catalogue.feeItems
    .find((i) => i.id === "lateRenewal")
    ?.amounts.find((a) => a.regime === regime?.id);
  if (!regime || !amount || amount.euros === null) return undefined;
  return { euros: amount.euros, toConfirm: Boolean(regime.toConfirm || amount.toConfirm) };
}
