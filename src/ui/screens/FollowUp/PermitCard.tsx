import { type CurrentPermit, DEADLINE_SOURCES, LATE_FEE, renewalStatus, ruleOf } from "@/domain";
import { frenchT, useT } from "@/i18n";
import type { CalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { BigButton, SourceAddresses } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { OtherCases } from "./OtherCases";
import { RenewalTimeline } from "./RenewalTimeline";

/** The current titre, its renewal timeline and one plain sentence about where today stands. */
export function PermitCard({ permit, today }: { permit: CurrentPermit | undefined; today: CalendarDate }) {
  const { t } = useT();
  if (!permit) {
    return (
      <section class="card" aria-labelledby="permit-title">
        <h2 id="permit-title">
          <Icon name="id" /> {t("followup:permit.title")}
        </h2>
        <p data-listen>{t("followup:permit.none")}</p>
        <BigButton icon="calendar-plus" href="/followup/permit/1" variant="primary">
          {t("followup:permit.add")}
        </BigButton>
      </section>
    );
  }
  const rule = ruleOf(permit);
  const status = renewalStatus(permit.expiresOn, rule, today);
  const date = (d: string) => formatAdminDate(d);
  const sentence = {
    tooEarly: t("followup:phase.tooEarly", { date: date(status.window.opens) }),
    open: t("followup:phase.open", { date: date(status.window.closes) }),
    late: t("followup:phase.late"),
    expired: t("followup:phase.expired", { date: date(permit.expiresOn) }),
  }[status.phase];
  return (
    <section class="card" aria-labelledby="permit-title">
      <h2 id="permit-title">
        <Icon name="id" /> {t("followup:permit.title")}
      </h2>
      <p>
        <strong>{t(`followup:permit.kinds.${permit.kind}`)}</strong>{" "}
        <span lang="fr">({frenchT()(`followup:permit.kinds.${permit.kind}`)})</span>
        <br />
        {t("followup:permit.expires")} : <bdi dir="ltr">{date(permit.expiresOn)}</bdi>
      </p>
      <RenewalTimeline status={status} today={today} />
      <div
        class="banner"
        data-tone={status.phase === "open" || status.phase === "tooEarly" ? undefined : "danger"}
      >
        <Icon
          name={
            status.phase === "open"
              ? "calendar-due"
              : status.phase === "tooEarly"
                ? "hourglass"
                : "alert-triangle"
          }
        />
        <p data-listen>{sentence}</p>
      </div>
      {status.consequences.map((consequence) => (
        <p key={consequence} data-listen>
          {t(`followup:consequence.${consequence}`, { amount: LATE_FEE.amount })}
        </p>
      ))}
      {status.consequences.length > 0 && (
        <SourceAddresses label={t("followup:sources")} sources={DEADLINE_SOURCES.late} />
      )}
      {permit.channel === "unknown" && <p>{t("followup:permit.unknownNote")}</p>}
      {rule === "temporaryProtection" ? (
        <SourceAddresses label={t("followup:sourceLabel")} sources={DEADLINE_SOURCES.temporaryProtection} />
      ) : (
        <>
          <OtherCases />
          <p class="source">{t("followup:source")}</p>
          <SourceAddresses label={t("followup:sourceLabel")} sources={DEADLINE_SOURCES.renewal} />
        </>
      )}
      <BigButton icon="calendar" href="/followup/permit/1">
        {t("followup:change")}
      </BigButton>
    </section>
  );
}
