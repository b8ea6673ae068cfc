import { type DeadlineRule, isoDay } from "@/domain";
import { useT } from "@/i18n";
import { ToConfirm } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { lateFee } from "./FeeList";

/** The deadline rule in plain words (the deadlines screen computes the actual dates). */
export function DeadlineText({ rule }: { rule: DeadlineRule }) {
  const { t } = useT();
  const ns = "dossier";
  let text: string;
  if (rule.kind === "none") text = t("deadline.none", { ns });
  else if (rule.kind === "beforeExpiry") {
    text =
      rule.opens.unit === "days"
        ? t("deadline.beforeExpiryDays", { ns, opens: rule.opens.amount, closes: rule.closes.amount })
        : t("deadline.beforeExpiryMonths", { ns, opens: rule.opens.amount });
  } else if (rule.event === "entry") text = t("deadline.afterEntry", { ns, within: rule.within.amount });
  else if (rule.event === "move") text = t("deadline.afterMove", { ns, within: rule.within.amount });
  else text = t("deadline.afterFiling", { ns });
  const late = rule.kind === "beforeExpiry" && rule.lateFee ? lateFee(isoDay(new Date())) : undefined;
  return (
    <>
      <p class="fact" data-listen>
        <Icon name="calendar" />
        <span>{text}</span>
      </p>
      {late && (
        <p class="fact" data-listen>
          <Icon name="alert-triangle" />
          <span>{t("deadline.lateFee", { ns, amount: late.euros })}</span>
        </p>
      )}
      {late?.toConfirm && <ToConfirm />}
      {rule.kind !== "none" && rule.toConfirm && <ToConfirm />}
    </>
  );
}
