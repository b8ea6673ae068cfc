import { type CurrentPermit, type FollowUpEvent, renewalWindow, ruleOf } from "@/domain";
import type { AppT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import type { CalendarItem } from "@/print";

/** The reminders worth a place in the phone's calendar, worded in the person's language. */
export function calendarItems(t: AppT, permit: CurrentPermit | undefined, events: readonly FollowUpEvent[]) {
  const items: CalendarItem[] = [];
  if (permit) {
    const window = renewalWindow(permit.expiresOn, ruleOf(permit));
    const date = (d: string) => formatAdminDate(d);
    items.push(
      {
        id: `renewal-opens-${window.opens}`,
        date: window.opens,
        title: t("followup:calendar.items.renewalOpens"),
        description: t("followup:phase.open", { date: date(window.closes) }),
        remindDaysBefore: 0,
      },
      {
        id: `renewal-closes-${window.closes}`,
        date: window.closes,
        title: t("followup:calendar.items.renewalCloses"),
        description: t("followup:phase.open", { date: date(window.closes) }),
        remindDaysBefore: 7,
      },
      {
        id: `expires-${window.expires}`,
        date: window.expires,
        title: t("followup:calendar.items.expires"),
        description: t("followup:phase.expired", { date: date(window.expires) }),
        remindDaysBefore: 14,
      },
    );
  }
  for (const event of events) {
    if (event.endsOn) {
      items.push({
        id: `ends-${event.id}`,
        date: event.endsOn,
        title: t("followup:calendar.items.attestationEnds"),
        description: t("followup:events.endingSoon"),
        remindDaysBefore: 14,
      });
    }
    if (event.kind === "convocation" || event.kind === "cardPickup") {
      items.push({
        id: `appointment-${event.id}`,
        date: event.date,
        title: t("followup:calendar.items.appointment"),
        description: t(`followup:events.kinds.${event.kind}`),
        remindDaysBefore: 1,
      });
    }
  }
  return items;
}
