import { nextStep } from "@/domain";
import { useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { FOLLOW_UP_KINDS, getCurrentPermit, listFollowUpEvents } from "@/storage";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";

/** The one next thing to do and its date, first on the home screen. */
export function NextStepBanner() {
  const { t } = useT();
  const state = useLiveQuery(
    async () => nextStep(await getCurrentPermit(), await listFollowUpEvents(), todayOf(new Date())),
    [],
    (change) => change.store === "records" && FOLLOW_UP_KINDS.has(change.kind ?? ""),
  );
  if (state.status !== "ready" || !state.value) return null;
  const step = state.value;
  const urgent = step.kind !== "renewalOpens" && step.kind !== "appointment";
  return (
    <a class="banner next-step" data-tone={urgent ? "warn" : undefined} href="/followup">
      <Icon name={urgent ? "alert-triangle" : "calendar-due"} />
      <p>
        <strong>{t("followup:nextStep.title")}</strong>
        <br />
        <span data-listen>{t(`followup:nextStep.${step.kind}`, { date: formatAdminDate(step.date) })}</span>
      </p>
    </a>
  );
}
