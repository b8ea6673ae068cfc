import { useT } from "@/i18n";

/**
 * The special deadlines of R.431-5 that Papiers does not compute: it knows neither the person's age
 * at a given date, nor a loss of nationality, nor an EU long-term resident status. Stated in the
 * words of DOMAIN.md §5.2, nothing more (source: DEADLINE_SOURCES.renewal, shown under it).
 */
const CASES = ["young", "nationality", "euResident"] as const;

/** "Other cases": the deadlines that differ from the window drawn above. */
export function OtherCases() {
  const { t } = useT();
  return (
    <section aria-labelledby="other-cases-title">
      <h3 id="other-cases-title">{t("followup:otherCases.title")}</h3>
      <ul>
        {CASES.map((id) => (
          <li key={id} data-listen>
            {t(`followup:otherCases.${id}`)}
          </li>
        ))}
      </ul>
      <p>{t("followup:otherCases.notComputed")}</p>
    </section>
  );
}
