import { useState } from "preact/hooks";
import { type DocumentRules, dateKindOf, documentFreshness, warnedState, warningOf } from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { StorageFullError, saveDocumentDates } from "@/storage";
import { DatePicker, FreshnessNote } from "@/ui/components";
import { useDocumentDates } from "@/ui/hooks/useDossier";
import { usePlannedFiling } from "@/ui/hooks/usePlannedFiling";
import { Icon } from "@/ui/icons";

/**
 * The date a document's rule needs (issue date for a maximum age, expiry date otherwise), chosen with
 * taps, saved encrypted with the dossier, and checked against the planned filing date.
 */
export function DocumentDateCard({ documentId, rules }: { documentId: string; rules: DocumentRules }) {
  const { t } = useT();
  const dates = useDocumentDates();
  const filing = usePlannedFiling();
  const [full, setFull] = useState(false);
  const needs = dateKindOf(rules);
  if (!needs || dates.status !== "ready" || filing.status !== "ready") return null;
  const mine = dates.value[documentId];
  const check = documentFreshness(rules, mine, filing.value.today, filing.value.date);
  const thisYear = Number(filing.value.today.slice(0, 4));
  const years =
    needs === "issuedOn"
      ? [thisYear - 2, thisYear - 1, thisYear]
      : Array.from({ length: 13 }, (_, i) => thisYear - 2 + i);
  const save = async (date: string) => {
    try {
      await saveDocumentDates(documentId, { ...mine, [needs]: date });
      setFull(false);
    } catch (error) {
      if (error instanceof StorageFullError) return setFull(true);
      throw error;
    }
  };
  return (
    <section class="document-date" aria-labelledby="document-date-title">
      <h2 id="document-date-title">{t(`dossier:freshness.date.${needs}Title`)}</h2>
      <p data-listen>{t(`dossier:freshness.date.${needs}Why`)}</p>
      <p class="fact" data-listen>
        <Icon name="calendar-due" />
        <span>
          {t(`dossier:freshness.filing.${filing.value.basis}`, { date: formatAdminDate(filing.value.date) })}
        </span>
      </p>
      {check && (
        <FreshnessNote
          check={check}
          warning={warningOf(check)}
          state={warnedState(check)}
          rules={rules}
          filingDate={filing.value.date}
        />
      )}
      <DatePicker
        key={mine?.[needs] ?? "none"}
        label={t(`dossier:freshness.date.${needs}Question`)}
        value={mine?.[needs]}
        years={years}
        onChange={(date) => void save(date)}
      />
      {full && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("dossier:freshness.date.notSaved")}</p>
        </div>
      )}
    </section>
  );
}
