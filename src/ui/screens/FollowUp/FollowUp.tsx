import { useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { FOLLOW_UP_KINDS, getCurrentPermit, listFollowUpEvents } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { CalendarCard } from "./CalendarCard";
import { EventsCard } from "./EventsCard";
import { PermitCard } from "./PermitCard";

/** Dates that keep a stay regular: the titre's renewal window, what happened after filing, reminders. */
export function FollowUp() {
  const { t } = useT();
  const today = todayOf(new Date());
  const state = useLiveQuery(
    async () => ({ permit: await getCurrentPermit(), events: await listFollowUpEvents() }),
    [],
    (change) => change.store === "records" && FOLLOW_UP_KINDS.has(change.kind ?? ""),
  );
  return (
    <Screen title={t("followup:title")} back="/" here="/followup">
      {state.status === "error" && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("error.body")}</p>
        </div>
      )}
      {state.status === "ready" && (
        <>
          <PermitCard permit={state.value.permit} today={today} />
          <EventsCard events={state.value.events} today={today} />
          <CalendarCard permit={state.value.permit} events={state.value.events} />
        </>
      )}
      <div class="card__actions">
        <BigButton icon="list-check" href="/journal">
          {t("followup:journal.title")}
        </BigButton>
        <BigButton icon="lifebuoy" href="/find-help">
          {t("followup:help.title")}
        </BigButton>
      </div>
    </Screen>
  );
}
