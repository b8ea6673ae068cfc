import { useT } from "@/i18n";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";
import type { JobState } from "./useJob";

/** The progress bar of a running job with its stop button, or what happened when it stopped. */
export function JobProgress<R>({ state, onCancel }: { state: JobState<R>; onCancel: () => void }) {
  const { t } = useT();
  if (state.status === "working") {
    const label = t("packet:build.progress", { done: state.done, total: state.total });
    const percent = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <div class="stack" aria-live="polite">
        <p data-listen>
          <Icon name="hourglass" /> {t("packet:build.working")}
        </p>
        <div
          class="step-progress__bar"
          role="progressbar"
          aria-label={t("packet:build.working")}
          aria-valuetext={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <div class="step-progress__fill" style={{ inlineSize: `${percent}%` }} />
        </div>
        <p>{label}</p>
        <BigButton icon="x" onClick={onCancel}>
          {t("packet:build.cancel")}
        </BigButton>
      </div>
    );
  }
  if (state.status === "cancelled")
    return (
      <p class="banner" role="status">
        <Icon name="info-circle" /> {t("packet:build.cancelled")}
      </p>
    );
  if (state.status === "failed")
    return (
      <p class="banner" data-tone="warn" role="alert">
        <Icon name="alert-triangle" /> {state.full ? t("packet:build.full") : t("packet:build.failed")}
      </p>
    );
  return null;
}
