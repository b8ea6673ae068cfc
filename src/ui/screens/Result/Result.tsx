import { useLocation } from "preact-iso";
import { catalogue } from "@/catalogue";
import {
  type Answers,
  checklistFor,
  factsOf,
  feesFor,
  firstOpenStep,
  type MatchedProcedure,
  withAnotherReason,
} from "@/domain";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { saveAnswers } from "@/storage";
import { BigButton, lookup, Screen, ToConfirm } from "@/ui/components";
import { useAnswers } from "@/ui/hooks/useDossier";
import { Icon } from "@/ui/icons";
import { DeadlineText } from "./DeadlineText";
import { FeeList } from "./FeeList";

const channelIcon = { anef: "world", prefecture: "building-bank", demarchesSimplifiees: "world" } as const;

/** One procedure: plain words, its official French title, where to file, the cost and the deadline. */
function ProcedureCard({
  match,
  answers,
  today,
}: {
  match: MatchedProcedure;
  answers: Answers;
  today: Date;
}) {
  const { t } = useT();
  const { procedure } = match;
  const facts = factsOf(answers, answers.reasons[match.reasonIndexes[0] ?? 0] ?? {}, today);
  return (
    <section class="procedure-card" aria-labelledby={`procedure-${procedure.id}`}>
      <h2 id={`procedure-${procedure.id}`} data-listen>
        {lookup(t, "catalogue", `procedures.${procedure.id}.title`)}
      </h2>
      <p class="official">
        <span>{t("result.official", { ns: "dossier" })} : </span>
        <span lang="fr">{procedure.frenchTitle}</span>
      </p>
      <p class="official">
        <span>{t("result.law", { ns: "dossier" })} : </span>
        <span lang="fr">{[procedure.code, procedure.legalBasis].filter(Boolean).join(" — ")}</span>
      </p>
      <h3>{t("result.where", { ns: "dossier" })}</h3>
      <p class="fact" data-listen>
        <Icon name={channelIcon[procedure.channel]} />
        <span>{lookup(t, "catalogue", `channels.${procedure.channel}`)}</span>
      </p>
      <h3>{t("result.cost", { ns: "dossier" })}</h3>
      <FeeList quotes={feesFor(procedure, catalogue, facts)} />
      <h3>{t("result.when", { ns: "dossier" })}</h3>
      <DeadlineText rule={procedure.deadline} />
      {procedure.endsOn && (
        <p class="fact">
          <Icon name="calendar" />
          <span>{t("result.endsOn", { ns: "dossier", date: formatAdminDate(procedure.endsOn) })}</span>
        </p>
      )}
      {procedure.toConfirm && <ToConfirm />}
    </section>
  );
}

/** The procedure(s) that fit the answers, with "see my papers" and "add another reason". */
export function Result() {
  const { t } = useT();
  const { route } = useLocation();
  const state = useAnswers();
  if (state.status !== "ready") return null;
  const answers = state.value;
  const today = new Date();
  const { procedures } = checklistFor(answers, catalogue, today);
  const addReason = async () => {
    const next = withAnotherReason(answers);
    await saveAnswers(next);
    route(`/questions/${firstOpenStep(next) + 1}`);
  };
  return (
    <Screen title={t("result.title", { ns: "dossier" })} back="/questions/1" here="/result">
      {procedures.length === 0 ? (
        <div class="banner" data-tone="warn">
          <Icon name="alert-triangle" />
          <div>
            <p data-listen>{t("result.none", { ns: "dossier" })}</p>
            <p data-listen>{t("result.noneHelp", { ns: "dossier" })}</p>
          </div>
        </div>
      ) : (
        procedures.map((match) => (
          <ProcedureCard key={match.procedure.id} match={match} answers={answers} today={today} />
        ))
      )}
      <div class="actions">
        {procedures.length > 0 && (
          <BigButton href="/checklist" icon="list-check" variant="primary" block>
            {t("result.checklist", { ns: "dossier" })}
          </BigButton>
        )}
        {(answers.need === "first" || answers.need === "renewal") && (
          <BigButton icon="plus" onClick={() => void addReason()} block>
            {t("result.addReason", { ns: "dossier" })}
          </BigButton>
        )}
        <BigButton href="/questions/1" icon="arrow-back-up" variant="quiet" block>
          {t("result.restart", { ns: "dossier" })}
        </BigButton>
      </div>
    </Screen>
  );
}
