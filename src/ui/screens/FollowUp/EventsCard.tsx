import { useState } from "preact/hooks";
import { attestationPhase, type FollowUpEvent } from "@/domain";
import { frenchT, useT } from "@/i18n";
import type { CalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { deleteFollowUpEvent, saveFollowUpEvent } from "@/storage";
import { BigButton, UndoToast } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { AttestationHelp } from "./AttestationHelp";

/** What happened after filing: each dated, attestations with their end and a warning near it. */
export function EventsCard({ events, today }: { events: readonly FollowUpEvent[]; today: CalendarDate }) {
  const { t } = useT();
  const [removed, setRemoved] = useState<FollowUpEvent | undefined>();
  const remove = async (event: FollowUpEvent) => {
    await deleteFollowUpEvent(event.id);
    setRemoved(event);
  };
  return (
    <section class="card" aria-labelledby="events-title">
      <h2 id="events-title">
        <Icon name="calendar-event" /> {t("followup:events.title")}
      </h2>
      {events.length === 0 && <p>{t("followup:events.none")}</p>}
      <ul class="plain-list">
        {events.map((event) => {
          const phase = event.endsOn ? attestationPhase(event.endsOn, today) : undefined;
          return (
            <li key={event.id} class="event-row">
              <span class="event-row__date">
                <bdi dir="ltr">{formatAdminDate(event.date)}</bdi>
              </span>
              <span class="event-row__text">
                {t(`followup:events.kinds.${event.kind}`)}{" "}
                <span lang="fr">({frenchT()(`followup:events.kinds.${event.kind}`)})</span>
                {event.channel && (
                  <>
                    <br />
                    {t("followup:events.channel")} : {t(`followup:events.channels.${event.channel}`)}
                  </>
                )}
                {event.endsOn && (
                  <>
                    <br />
                    {t("followup:events.ends")} <bdi dir="ltr">{formatAdminDate(event.endsOn)}</bdi>
                  </>
                )}
                {phase && phase !== "valid" && (
                  <strong class="event-row__warning" data-listen>
                    <br />
                    <Icon name="alert-triangle" /> {t(`followup:events.${phase}`)}
                  </strong>
                )}
              </span>
              <BigButton icon="trash" variant="quiet" onClick={() => void remove(event)}>
                {t("followup:delete")}
              </BigButton>
              {phase && phase !== "valid" && event.kind === "prolongationAttestation" && <AttestationHelp />}
            </li>
          );
        })}
      </ul>
      <BigButton icon="calendar-plus" href="/followup/event/1">
        {t("followup:events.add")}
      </BigButton>
      {removed && (
        <UndoToast
          key={removed.id}
          message={t("followup:events.deleted")}
          onUndo={() => {
            void saveFollowUpEvent(removed);
            setRemoved(undefined);
          }}
          onExpire={() => setRemoved(undefined)}
        />
      )}
    </section>
  );
}
