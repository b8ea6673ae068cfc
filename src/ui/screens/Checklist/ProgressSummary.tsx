import type { Progress } from "@/domain";
import { useT } from "@/i18n";
import { Icon } from "@/ui/icons";

/** "7 prêts sur 12" in digits, beside a bar: the whole file at a glance (UX.md §1.2). */
export function ProgressSummary({ progress }: { progress: Progress }) {
  const { t } = useT();
  const label = t("checklist.progress", { ns: "dossier", ready: progress.ready, total: progress.total });
  const percent = progress.total > 0 ? Math.round((progress.ready / progress.total) * 100) : 100;
  return (
    <div class="progress-summary">
      <p data-listen>
        <Icon name="list-check" />
        <span>{label}</span>
      </p>
      <div
        class="step-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.ready}
      >
        <div class="step-progress__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}
