import { checklistFor, checklistFreshness, countStale, nextStep, plannedFilingDate } from "@/domain";
import { useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import {
  DOCUMENT_DATES_KIND,
  FOLLOW_UP_KINDS,
  getCurrentPermit,
  listFollowUpEvents,
  loadAnswers,
  loadDocumentDates,
  loadDocumentStatuses,
} from "@/storage";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";

const DOSSIER_KINDS = new Set([...FOLLOW_UP_KINDS, DOCUMENT_DATES_KIND, "answers", "documentStatus"]);

/** How many documents of the checklist are, or will be, too old on the planned filing date. */
async function staleDocuments(filingDate: string, today: string): Promise<number> {
  const dates = await loadDocumentDates();
  if (Object.keys(dates).length === 0) return 0;
  // The catalogue is loaded only when the person has dated a document.
  const { catalogue, documentById } = await import("@/catalogue");
  const { items } = checklistFor(await loadAnswers(), catalogue, new Date());
  const checks = checklistFreshness(
    items.map((item) => item.documentId),
    (id) => documentById(id)?.rules,
    dates,
    await loadDocumentStatuses(),
    today,
    filingDate,
  );
  return countStale(checks);
}

/** The one next thing to do and its date, first on the home screen. */
export function NextStepBanner() {
  const { t } = useT();
  const state = useLiveQuery(
    async () => {
      const today = todayOf(new Date());
      const permit = await getCurrentPermit();
      const events = await listFollowUpEvents();
      const filing = plannedFilingDate(permit, events, today);
      return nextStep(permit, events, today, await staleDocuments(filing.date, today));
    },
    [],
    (change) => change.store === "records" && DOSSIER_KINDS.has(change.kind ?? ""),
  );
  if (state.status !== "ready" || !state.value) return null;
  const step = state.value;
  const urgent = step.kind !== "renewalOpens" && step.kind !== "appointment";
  const count = step.kind === "documentsTooOld" ? step.count : 0;
  return (
    <a
      class="banner next-step"
      data-tone={urgent ? "warn" : undefined}
      href={step.kind === "documentsTooOld" ? "/checklist" : "/followup"}
    >
      <Icon name={urgent ? "alert-triangle" : "calendar-due"} />
      <p>
        <strong>{t("followup:nextStep.title")}</strong>
        <br />
        <span data-listen>
          {t(`followup:nextStep.${step.kind}`, { date: formatAdminDate(step.date), count })}
        </span>
      </p>
    </a>
  );
}
