import { useRoute } from "preact-iso";
import { documentById } from "@/catalogue";
import { type DocumentRules, dateKindOf } from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { BigButton, lookup, Screen, SourceLinks, ToConfirm } from "@/ui/components";
import { useDocumentDates } from "@/ui/hooks/useDossier";
import { usePlannedFiling } from "@/ui/hooks/usePlannedFiling";
import { Icon } from "@/ui/icons";
import { isPictogramName, Pictogram } from "@/ui/pictograms";
import { DocumentDateCard } from "./DocumentDateCard";

/** The rules of a document as plain sentences, in the order a person checks them. */
function useRuleLines(rules: DocumentRules): string[] {
  const { t } = useT();
  const ns = "dossier";
  const lines: string[] = [];
  if (rules.maxAgeMonths !== undefined) {
    lines.push(
      rules.legalMaxAgeMonths !== undefined
        ? t("rules.maxAgeLegal", { ns, months: rules.maxAgeMonths, legal: rules.legalMaxAgeMonths })
        : t("rules.maxAge", { ns, months: rules.maxAgeMonths }),
    );
  }
  if (rules.expires) lines.push(t("dossier:freshness.rule.expires"));
  if (rules.count !== undefined) lines.push(t("rules.count", { ns, count: rules.count }));
  if (rules.allPages) lines.push(t("rules.allPages", { ns }));
  if (rules.bothSides) lines.push(t("rules.bothSides", { ns }));
  if (rules.originalAtCounter) lines.push(t("rules.original", { ns }));
  if (rules.swornTranslation) lines.push(t("rules.sworn", { ns }));
  return lines;
}

/** One document: why, where to get it, its rules, its sources and date, and the way to its photos. */
export function DocumentDetail() {
  const { t } = useT();
  const { params } = useRoute();
  const id = params.id ?? "";
  const definition = documentById(id);
  const ruleLines = useRuleLines(definition?.rules ?? { swornTranslation: false });
  const dates = useDocumentDates();
  const filing = usePlannedFiling();
  if (!definition) {
    return (
      <Screen title={t("document.notFound", { ns: "dossier" })} back="/checklist" here="/checklist">
        <BigButton href="/checklist" icon="list-check" block>
          {t("document.checklist", { ns: "dossier" })}
        </BigButton>
      </Screen>
    );
  }
  const title = lookup(t, "catalogue", `documents.${id}.name`);
  // A document with a date waits for its date and the filing date: drawing the screen without them
  // first would push everything below down when they arrive.
  const needsDate = dateKindOf(definition.rules) !== undefined;
  if (needsDate && (dates.status === "loading" || filing.status === "loading")) {
    return (
      <Screen title={title} back="/checklist" here={`/document/${id}`}>
        {null}
      </Screen>
    );
  }
  return (
    <Screen title={title} back="/checklist" here={`/document/${id}`}>
      <div class="document-card__head">
        {isPictogramName(definition.pictogram) && <Pictogram name={definition.pictogram} />}
        <p class="official" lang="fr">
          {definition.frenchName}
        </p>
      </div>
      {definition.toConfirm && <ToConfirm />}
      <h2>{t("document.why", { ns: "dossier" })}</h2>
      <p data-listen>{lookup(t, "catalogue", `documents.${id}.why`)}</p>
      <h2>{t("document.where", { ns: "dossier" })}</h2>
      <p data-listen>{lookup(t, "catalogue", `documents.${id}.where`)}</p>
      <h2>{t("document.rules", { ns: "dossier" })}</h2>
      <ul class="rule-list">
        {ruleLines.map((line) => (
          <li key={line} data-listen>
            <Icon name="check" />
            <span>{line}</span>
          </li>
        ))}
      </ul>
      {dates.status === "ready" && filing.status === "ready" && (
        <DocumentDateCard
          documentId={id}
          rules={definition.rules}
          dates={dates.value}
          filing={filing.value}
        />
      )}
      <BigButton href={`/pages/${id}`} icon="camera" variant="primary" block>
        {t("document.photos", { ns: "dossier" })}
      </BigButton>
      <h2>{t("document.source", { ns: "dossier" })}</h2>
      <SourceLinks sources={definition.sources} />
      <p class="source">
        {t("document.verified", { ns: "dossier", date: formatAdminDate(definition.lastVerified) })}
      </p>
    </Screen>
  );
}
