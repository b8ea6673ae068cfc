import type { RenewalStatus } from "@/domain";
import { useT } from "@/i18n";
import { addDays, type CalendarDate, daysBetween } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";

/**
 * The renewal as a line in reading order: too early, the window to file (green), late, expired, with
 * today marked. Colours are never alone: each stretch has its date and word under it.
 */
export function RenewalTimeline({ status, today }: { status: RenewalStatus; today: CalendarDate }) {
  const { t } = useT();
  const { window } = status;
  const start = addDays(window.opens, -30);
  const end = addDays(window.expires, 30);
  const span = daysBetween(start, end);
  const at = (date: CalendarDate) => Math.min(100, Math.max(0, (daysBetween(start, date) / span) * 100));
  const todayAt = at(today);
  return (
    <figure class="timeline" aria-label={t("followup:timeline.label")}>
      <div class="timeline__bar">
        <span class="timeline__stretch" data-kind="early" style={{ inlineSize: `${at(window.opens)}%` }} />
        <span
          class="timeline__stretch"
          data-kind="open"
          style={{ inlineSize: `${at(addDays(window.closes, 1)) - at(window.opens)}%` }}
        />
        <span
          class="timeline__stretch"
          data-kind="late"
          style={{ inlineSize: `${at(window.expires) - at(addDays(window.closes, 1))}%` }}
        />
        <span
          class="timeline__stretch"
          data-kind="expired"
          style={{ inlineSize: `${100 - at(window.expires)}%` }}
        />
        <span class="timeline__today" style={{ insetInlineStart: `${todayAt}%` }} aria-hidden="true" />
      </div>
      <dl class="timeline__dates">
        <div>
          <dt>{t("followup:timeline.today")}</dt>
          <dd>
            <bdi dir="ltr">{formatAdminDate(today)}</bdi>
          </dd>
        </div>
        <div data-kind="open">
          <dt>{t("followup:timeline.opens")}</dt>
          <dd>
            <bdi dir="ltr">{formatAdminDate(window.opens)}</bdi>
          </dd>
        </div>
        <div data-kind="late">
          <dt>{t("followup:timeline.closes")}</dt>
          <dd>
            <bdi dir="ltr">{formatAdminDate(window.closes)}</bdi>
          </dd>
        </div>
        <div data-kind="expired">
          <dt>{t("followup:timeline.expires")}</dt>
          <dd>
            <bdi dir="ltr">{formatAdminDate(window.expires)}</bdi>
          </dd>
        </div>
      </dl>
    </figure>
  );
}
