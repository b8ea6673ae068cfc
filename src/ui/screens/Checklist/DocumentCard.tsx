import { documentById } from "@/catalogue";
import {
  type ChecklistItem,
  type DocumentStatus,
  type FreshnessCheck,
  warnedState,
  warningOf,
} from "@/domain";
import { useT } from "@/i18n";
import type { CalendarDate } from "@/lib/calendarDate";
import { FreshnessNote, lookup, ToConfirm } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { DossierIcon, type DossierIconName, isPictogramName, Pictogram } from "@/ui/pictograms";

const statusIcon: Record<DocumentStatus, DossierIconName> = {
  have: "circle-check",
  missing: "circle-x",
  notConcerned: "circle-minus",
};
// "Have it" comes first: it is the tap people make most.
const order: readonly DocumentStatus[] = ["have", "missing", "notConcerned"];

interface DocumentCardProps {
  item: ChecklistItem;
  status: DocumentStatus;
  /** Procedure titles, given when several procedures share the list (shows which one a document serves). */
  procedureTitles: Map<string, string> | undefined;
  /** The document's date check, when its rule has a maximum age or an expiry. */
  freshness: FreshnessCheck | undefined;
  filingDate: CalendarDate;
  onChange: (name: string, status: DocumentStatus) => void;
}

/** One document: pictogram, name in the person's language, official French name, why, status buttons. */
export function DocumentCard({
  item,
  status,
  procedureTitles,
  freshness,
  filingDate,
  onChange,
}: DocumentCardProps) {
  const { t } = useT();
  const definition = documentById(item.documentId);
  if (!definition) return null;
  const name = lookup(t, "catalogue", `documents.${item.documentId}.name`);
  const reasons = [...new Set(item.because.map((b) => b.reason))].filter(
    (r) => r !== "always" && r !== "situation",
  );
  const served = [...new Set(item.because.map((b) => b.procedureId))];
  const headingId = `doc-${item.documentId}`;
  const warning = warningOf(freshness);
  // "Date not noted" matters once the person has the paper; a dated one is always checked.
  const showFreshness = freshness && (warning !== "unknown" || status === "have");
  return (
    <li class="document-card" data-status={status}>
      <div class="document-card__head">
        {isPictogramName(definition.pictogram) && <Pictogram name={definition.pictogram} />}
        <div>
          <h3 id={headingId} data-listen>
            {name}
          </h3>
          <p class="official" lang="fr">
            {definition.frenchName}
          </p>
        </div>
      </div>
      {reasons.map((reason) => (
        <p key={reason} class="fact" data-listen>
          <Icon name="info-circle" />
          <span>{lookup(t, "catalogue", `reasons.${reason}`)}</span>
        </p>
      ))}
      {item.choice && <p class="fact">{t("checklist.oneOf", { ns: "dossier" })}</p>}
      {procedureTitles &&
        served.map((id) => (
          <p key={id} class="official">
            {t("checklist.forProcedure", { ns: "dossier", title: procedureTitles.get(id) ?? id })}
          </p>
        ))}
      {(item.toConfirm || definition.toConfirm) && <ToConfirm />}
      {showFreshness && (
        <FreshnessNote
          check={freshness}
          warning={warning}
          state={warnedState(freshness)}
          rules={definition.rules}
          filingDate={filingDate}
        />
      )}
      <fieldset class="status-buttons">
        <legend class="visually-hidden">{`${name} — ${t("checklist.status", { ns: "dossier" })}`}</legend>
        {order.map((value) => (
          <button
            key={value}
            type="button"
            class="status-button"
            data-value={value}
            aria-pressed={status === value}
            onClick={() => status !== value && onChange(name, value)}
          >
            <DossierIcon name={statusIcon[value]} />
            <span>{t(`checklist.${value}`, { ns: "dossier" })}</span>
          </button>
        ))}
      </fieldset>
      <a class="document-card__more" href={`/document/${item.documentId}`}>
        <Icon name="arrow-right" />
        <span>{t("checklist.details", { ns: "dossier" })}</span>
        <span class="visually-hidden"> — {name}</span>
      </a>
    </li>
  );
}
