import { type DeadlineRule, isoDay } from "@/domain";
import { useT } from "@/i18n";
import { deadlineWording } from "@/print";
import { ToConfirm } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { lateFee } from "./FeeList";

/** The deadline rule in plain words (the deadlines screen computes the actual dates). */
export function DeadlineText({ rule }: { rule: DeadlineRule }) {
  const { t } = useT();
  const wording = deadlineWording(rule);
  const text = t(wording.key, { ns: "dossier", ...wording.values });
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
          <span>{t("deadline.lateFee", { ns: "dossier", amount: late.euros })}</span>
        </p>
      )}
      {late?.toConfirm && <ToConfirm />}
      {rule.kind !== "none" && rule.toConfirm && <ToConfirm />}
    </>
  );
}
