import type { DocumentRules, Freshness, FreshnessCheck, FreshnessWarning } from "@/domain";
import { useT } from "@/i18n";
import type { CalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { Icon } from "@/ui/icons";

interface FreshnessNoteProps {
  check: FreshnessCheck;
  /** The warning and the state it is about, from the domain (warningOf, warnedState). */
  warning: FreshnessWarning;
  state: Freshness;
  rules: DocumentRules;
  filingDate: CalendarDate;
}

/**
 * One line about a document's date, icon and words (never colour alone): not noted yet, fine until a
 * date, or too old / expired now or by the planned filing date.
 */
export function FreshnessNote({ check, warning, state, rules, filingDate }: FreshnessNoteProps) {
  const { t } = useT();
  if (warning === "none" && !check.goodUntil) return null;
  const date = check.date ? formatAdminDate(check.date) : "";
  const filing = formatAdminDate(filingDate);
  const months = rules.maxAgeMonths ?? 0;
  const legal = rules.legalMaxAgeMonths ?? months;
  if (warning === "unknown") {
    return (
      <p class="fact freshness" data-listen>
        <Icon name="calendar" />
        <span>{t("dossier:freshness.state.unknown")}</span>
      </p>
    );
  }
  if (warning === "none") {
    const until = formatAdminDate(check.goodUntil ?? "");
    return (
      <p class="fact freshness" data-freshness="ok" data-listen>
        <Icon name="check" />
        <span>
          {check.needs === "expiresOn"
            ? t("dossier:freshness.state.okExpiry", { date: until })
            : t("dossier:freshness.state.ok", { date: until })}
        </span>
      </p>
    );
  }
  const when = warning === "now" ? "now" : "byFiling";
  const kind = state === "ok" ? "tooOld" : state;
  // A document past the legal age is too old by the text itself: say the legal months.
  const shownMonths = kind === "tooOld" ? legal : months;
  return (
    <p class="fact freshness" data-freshness={kind} data-listen>
      <Icon name={kind === "expired" ? "calendar-x" : "hourglass"} />
      <span>
        {t(`dossier:freshness.state.${when}.${kind}`, { date, filing, months: shownMonths, legal })}
      </span>
    </p>
  );
}
