import { useState } from "preact/hooks";
import { useT } from "@/i18n";
import { type CalendarDate, isCalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { Icon } from "@/ui/icons";
import { BigButton } from "./BigButton";

interface DatePickerProps {
  /** What the date is, e.g. "Date de fin du titre"; labels the whole picker. */
  label: string;
  value: CalendarDate | undefined;
  onChange: (date: CalendarDate) => void;
  /** Years offered, oldest first. */
  years: readonly number[];
  /**
   * Older years, oldest first, behind an "earlier years" button: a date long past (a titre that
   * expired years ago) can be entered without crowding the usual choice.
   */
  earlierYears?: readonly number[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date chosen with taps only: year, then month, then day, each as large buttons (UX.md §1.2, no
 * typing). Months show their number as on the documents and their name in the person's language.
 */
export function DatePicker({ label, value, onChange, years, earlierYears = [] }: DatePickerProps) {
  const { t, language } = useT();
  const [year, setYear] = useState<number | undefined>(value ? Number(value.slice(0, 4)) : undefined);
  const [showEarlier, setShowEarlier] = useState(false);
  // A chosen year among the older ones keeps them shown, so its button stays pressed.
  const earlierShown = showEarlier || (year !== undefined && earlierYears.includes(year));
  const [month, setMonth] = useState<number | undefined>(value ? Number(value.slice(5, 7)) : undefined);
  // A date that comes from outside (saved elsewhere, or loaded after the picker showed) opens its year
  // and month; the buttons stay in place, so the keyboard stays on the day just chosen.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value) {
      setYear(Number(value.slice(0, 4)));
      setMonth(Number(value.slice(5, 7)));
    }
  }
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(`${language}-u-ca-gregory-nu-latn`, { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, m - 1, 1)),
    );
  const daysInMonth = year && month ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  return (
    <fieldset class="date-picker">
      <legend>{label}</legend>
      <p class="date-picker__value" aria-live="polite">
        {value && isCalendarDate(value) ? (
          <>
            <Icon name="calendar" /> <bdi dir="ltr">{formatAdminDate(value)}</bdi>
          </>
        ) : (
          t("date.none")
        )}
      </p>

      <fieldset class="date-picker__part">
        <legend class="date-picker__step">{t("date.year")}</legend>
        {earlierYears.length > 0 && !earlierShown && (
          <BigButton icon="calendar" variant="quiet" onClick={() => setShowEarlier(true)}>
            {t("date.earlier")}
          </BigButton>
        )}
        <div class="date-picker__grid">
          {(earlierShown ? [...earlierYears, ...years] : years).map((y) => (
            <button
              key={y}
              type="button"
              class="date-picker__cell"
              aria-pressed={y === year}
              onClick={() => setYear(y)}
            >
              {y}
            </button>
          ))}
        </div>
      </fieldset>
      {year !== undefined && (
        <fieldset class="date-picker__part">
          <legend class="date-picker__step">{t("date.month")}</legend>
          <div class="date-picker__grid">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <button
                key={m}
                type="button"
                class="date-picker__cell date-picker__cell--month"
                aria-pressed={m === month}
                aria-label={`${pad(m)} — ${monthName(m)}`}
                onClick={() => setMonth(m)}
              >
                <span class="date-picker__number">{pad(m)}</span>
                <span class="date-picker__name">{monthName(m)}</span>
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {year !== undefined && month !== undefined && (
        <fieldset class="date-picker__part">
          <legend class="date-picker__step">{t("date.day")}</legend>
          <div class="date-picker__grid">
            {Array.from({ length: daysInMonth }, (_, i) => i + 1).map((d) => {
              const date = `${year}-${pad(month)}-${pad(d)}`;
              return (
                <button
                  key={d}
                  type="button"
                  class="date-picker__cell"
                  aria-pressed={date === value}
                  onClick={() => onChange(date)}
                >
                  {d}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}
