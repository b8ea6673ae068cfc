import { useState } from "preact/hooks";
import { catalogue, documentById } from "@/catalogue";
import { checklistFor, checklistFreshness, type DocumentStatus, GROUPS, progressOf } from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { saveDocumentStatus } from "@/storage";
import { BigButton, lookup, Screen, UndoToast } from "@/ui/components";
import { useAnswers, useDocumentDates, useDocumentStatuses } from "@/ui/hooks/useDossier";
import { usePlannedFiling } from "@/ui/hooks/usePlannedFiling";
import { Icon } from "@/ui/icons";
import { DocumentCard } from "./DocumentCard";
import { ProgressSummary } from "./ProgressSummary";

/** What the last tap changed, so it can be undone. */
interface LastChange {
  documentId: string;
  previous: DocumentStatus;
  message: string;
}

/** The documents as large cards, grouped, each with its status; a tap changes it, with undo. */
export function Checklist() {
  const { t } = useT();
  const answers = useAnswers();
  const statuses = useDocumentStatuses();
  const dates = useDocumentDates();
  const filing = usePlannedFiling();
  const [last, setLast] = useState<LastChange | undefined>();
  if (
    answers.status !== "ready" ||
    statuses.status !== "ready" ||
    dates.status !== "ready" ||
    filing.status !== "ready"
  )
    return null;
  const title = t("checklist.title", { ns: "dossier" });
  const { procedures, items } = checklistFor(answers.value, catalogue, new Date());
  if (procedures.length === 0) {
    return (
      <Screen title={title} back="/" here="/checklist">
        <p data-listen>{t("checklist.empty", { ns: "dossier" })}</p>
        <BigButton href="/questions/1" icon="arrow-right" variant="primary" block>
          {t("checklist.start", { ns: "dossier" })}
        </BigButton>
      </Screen>
    );
  }
  const current = statuses.value;
  const freshness = checklistFreshness(
    items.map((item) => item.documentId),
    (id) => documentById(id)?.rules,
    dates.value,
    current,
    filing.value.today,
    filing.value.date,
  );
  const change = async (documentId: string, name: string, status: DocumentStatus) => {
    const previous = current[documentId] ?? "missing";
    await saveDocumentStatus(documentId, status);
    const statusWord = t(`checklist.${status}`, { ns: "dossier" });
    setLast({
      documentId,
      previous,
      message: t("checklist.changed", { ns: "dossier", name, status: statusWord }),
    });
  };
  const titles = new Map(
    procedures.map((m) => [m.procedure.id, lookup(t, "catalogue", `procedures.${m.procedure.id}.title`)]),
  );
  return (
    <Screen title={title} back="/result" here="/checklist">
      <ProgressSummary progress={progressOf(items, current)} />
      {freshness.size > 0 && (
        <p class="fact" data-listen>
          <Icon name="calendar-due" />
          <span>
            {t(`dossier:freshness.filing.${filing.value.basis}`, {
              date: formatAdminDate(filing.value.date),
            })}
          </span>
        </p>
      )}
      {GROUPS.map((group) => {
        const inGroup = items.filter((item) => item.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} class="checklist-group" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`checklist.${group}`, { ns: "dossier" })}</h2>
            {group === "local" && <p data-listen>{t("checklist.localNote", { ns: "dossier" })}</p>}
            <ul class="document-cards">
              {inGroup.map((item) => (
                <DocumentCard
                  key={item.documentId}
                  item={item}
                  status={current[item.documentId] ?? "missing"}
                  freshness={freshness.get(item.documentId)}
                  filingDate={filing.value.date}
                  procedureTitles={procedures.length > 1 ? titles : undefined}
                  onChange={(name, status) => void change(item.documentId, name, status)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <BigButton href="/summary" icon="printer" block>
        {t("summary:print")}
      </BigButton>
      <BigButton href="/packet" icon="file-type-pdf" block>
        {t("packet:screen.title")}
      </BigButton>
      <BigButton href="/sources" icon="book" variant="quiet" block>
        {t("sources.link", { ns: "dossier" })}
      </BigButton>
      {last && (
        <UndoToast
          key={`${last.documentId}-${last.message}`}
          message={last.message}
          onUndo={() => {
            void saveDocumentStatus(last.documentId, last.previous);
            setLast(undefined);
          }}
          onExpire={() => setLast(undefined)}
        />
      )}
    </Screen>
  );
}
