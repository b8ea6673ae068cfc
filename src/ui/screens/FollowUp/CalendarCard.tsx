import type { CurrentPermit, FollowUpEvent } from "@/domain";
import { useT } from "@/i18n";
import { buildCalendar } from "@/print";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { calendarItems } from "./calendarItems";

/** Hands the dates to the phone's own calendar as an .ics file: it reminds even with Papiers closed. */
export function CalendarCard({
  permit,
  events,
}: {
  permit: CurrentPermit | undefined;
  events: readonly FollowUpEvent[];
}) {
  const { t } = useT();
  const items = calendarItems(t, permit, events);
  const download = () => {
    const file = new Blob([buildCalendar(items, new Date())], { type: "text/calendar;charset=utf-8" });
    const url = URL.createObjectURL(file);
    const link = document.createElement("a");
    link.href = url;
    link.download = "papiers-rappels.ics";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">
        <Icon name="calendar-time" /> {t("followup:calendar.title")}
      </h2>
      <p data-listen>{t("followup:calendar.explain")}</p>
      <p>{t("followup:calendar.shared")}</p>
      {items.length === 0 ? (
        <p>{t("followup:calendar.empty")}</p>
      ) : (
        <BigButton icon="download" onClick={download}>
          {t("followup:calendar.download")}
        </BigButton>
      )}
    </section>
  );
}
