import { useEffect } from "preact/hooks";
import { useT } from "@/i18n";

/** The days of the month around `today`, in weeks starting on Monday; null for padding cells. */
export function monthGrid(today: Date): Array<Array<number | null>> {
  const year = today.getFullYear();
  const month = today.getMonth();
  const lead = (new Date(year, month, 1).getDay() + 6) % 7;
  const days = new Date(year, month + 1, 0).getDate();
  const cells: Array<number | null> = [...Array.from({ length: lead }, () => null)];
  for (let day = 1; day <= days; day++) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<number | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Where quick exit lands: a plain calendar of this month, with no sign of Papiers or of the person.
 * Its address and title are neutral too.
 */
export function Neutral() {
  const { t, language } = useT();
  const today = new Date();
  useEffect(() => {
    document.title = t("neutral.title");
  }, [t]);
  // Gregorian calendar and Latin digits, as everywhere dates are shown.
  const locale = `${language}-u-ca-gregory-nu-latn`;
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" }).format(today);
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: "narrow" }).format(new Date(2024, 0, 1 + i)),
  );
  return (
    <main class="screen">
      <h1>{monthName}</h1>
      <table class="calendar">
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(today).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => (
                <td key={d} aria-current={day === today.getDate() ? "date" : undefined}>
                  {day ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a class="big-button" href="/" data-variant="quiet">
          {t("neutral.open")}
        </a>
      </p>
    </main>
  );
}
