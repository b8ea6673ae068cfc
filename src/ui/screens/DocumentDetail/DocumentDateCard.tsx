import { useState } from "preact/hooks";
import {
  type DocumentDates,
  type DocumentRules,
  dateKindOf,
  documentFreshness,
  type PlannedFiling,
  warnedState,
  warningOf,
} from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { StorageFullError, saveDocumentDates } from "@/storage";
import { DatePicker, FreshnessNote } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** What the card shows: the document, its rules, the dates already noted and the planned filing. */
interface DocumentDateCardProps {
  documentId: string;
  rules: DocumentRules;
  dates: Record<string, DocumentDates>;
  filing: PlannedFiling & { today: string };
}

/**
 * The date a document's rule needs (issue date for a maximum age, expiry date otherwise), chosen with
 * taps, saved encrypted with the dossier, and checked against the planned filing date.
 */
export function DocumentDateCard({ documentId, rules, dates, filing: planned }: DocumentDateCardProps) {
  const { t } = useT();
  const [full, setFull] = useState(false);
  const needs = dateKindOf(rules);
  if (!needs) return null;
  const filing = { value: planned };
  const mine = dates[documentId];
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
