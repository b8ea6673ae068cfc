import { useT } from "@/i18n";

/** "Step N of M" in digits with a bar, so a person always sees where they are (UX.md §1.2). */
export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useT();
  const label = t("progress.step", { current, total });
  const percent = total > 0 ? Math.round((Math.min(current, total) / total) * 100) : 0;
  return (
    <div class="step-progress">
      <p>{label}</p>
      <div
        class="step-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        <div class="step-progress__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}
