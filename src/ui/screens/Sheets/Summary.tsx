import { translatorFor, useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { bilingual, buildSummary } from "@/print";
import {
  getCurrentPermit,
  getIdentity,
  listFollowUpEvents,
  loadAnswers,
  loadDocumentStatuses,
} from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { SheetLanguageContext } from "./Both";
import { SummarySheet } from "./SummarySheet";

/**
 * The summary to print for the préfecture agent or the social worker: French beside the person's
 * language, built from the same dossier as the Checklist screen, printed with the browser.
 */
export function Summary() {
  const { t, language, dir } = useT();
  const state = useLiveQuery(
    async () => ({
      answers: await loadAnswers(),
      statuses: await loadDocumentStatuses(),
      identity: await getIdentity(),
      permit: await getCurrentPermit(),
      events: await listFollowUpEvents(),
      today: todayOf(new Date()),
    }),
    [],
    (change) => change.store === "records",
  );
  const title = t("summary:title");
  if (state.status !== "ready") {
    return (
      <Screen title={title} back="/checklist" here="/summary">
        {state.status === "error" && (
          <div class="banner" data-tone="danger" role="alert">
            <Icon name="alert-triangle" />
            <p>{t("error.body")}</p>
          </div>
        )}
      </Screen>
    );
  }
  const w = bilingual(translatorFor("fr"), language === "fr" ? undefined : translatorFor(language));
  const summary = buildSummary(state.value, w);
  const blanks = summary.identity.some((field) => field.value === undefined);
  return (
    <Screen title={title} back="/checklist" here="/summary">
      <div class="no-print stack">
        <p data-listen>{t("summary:intro")}</p>
        {summary.procedures.length === 0 && (
          <div class="banner" data-tone="warn">
            <Icon name="alert-triangle" />
            <p data-listen>{t("dossier:checklist.empty")}</p>
            <BigButton href="/questions/1" icon="arrow-right">
              {t("dossier:checklist.start")}
            </BigButton>
          </div>
        )}
        {blanks && (
          <div class="banner" data-tone="warn">
            <Icon name="alert-triangle" />
            <p data-listen>{t("summary:blanks")}</p>
            <BigButton icon="user" href="/about-me">
              {t("summary:completeAboutMe")}
            </BigButton>
          </div>
        )}
        <BigButton icon="printer" variant="primary" onClick={() => window.print()}>
          {t("summary:print")}
        </BigButton>
      </div>
      <SheetLanguageContext.Provider value={{ lang: language, dir }}>
        <SummarySheet summary={summary} w={w} />
      </SheetLanguageContext.Provider>
    </Screen>
  );
}
