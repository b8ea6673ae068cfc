import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import {
  type Answers,
  answerAt,
  CHOICE_ICONS,
  choicesOf,
  firstOpenStep,
  type Step,
  stepsFor,
  withAnswer,
} from "@/domain";
import { useT } from "@/i18n";
import { saveAnswers } from "@/storage";
import { lookup, Screen, StepProgress } from "@/ui/components";
import { useAnswers } from "@/ui/hooks/useDossier";
import { Icon } from "@/ui/icons";
import { DossierIcon, type DossierIconName, isDossierIconName } from "@/ui/pictograms";

/** Where to go after a tap: the first question still open, or the result. */
function nextAddress(answers: Answers): string {
  const open = firstOpenStep(answers);
  return open === -1 ? "/result" : `/questions/${open + 1}`;
}

/** The title of a step: the second reason's ground question says "your other reason". */
function titleKey(step: Step): string {
  if (step.question === "ground" && (step.reasonIndex ?? 0) > 0) return "questions.ground.another";
  return `questions.${step.question}.title`;
}

/** One guided question per screen: at most six picture choices, taps only, every answer saved at once. */
export function Questions() {
  const { t } = useT();
  const { params } = useRoute();
  const { route } = useLocation();
  const state = useAnswers();
  const [failed, setFailed] = useState(false);
  // What this screen just saved, until storage reads it back: the next question must not see old answers.
  const [saved, setSaved] = useState<Answers | undefined>();
  const live = state.status === "ready" ? state.value : undefined;
  useEffect(() => setSaved(undefined), [live]);
  const index = Math.max(0, Number.parseInt(params.step ?? "1", 10) - 1 || 0);
  const answers = saved ?? live;
  const steps = answers ? stepsFor(answers) : [];
  const step = steps[index];
  // An address past the questions (old bookmark, changed answers) leads to the next open question.
  const redirect = answers && !step ? nextAddress(answers) : undefined;
  useEffect(() => {
    if (redirect) route(redirect, true);
  }, [redirect]);
  if (!answers || !step) return null;
  // Before the first answer the path is unknown: count the questions of the most common one, a first card.
  const total = answers.need === undefined ? stepsFor({ ...answers, need: "first" }).length : steps.length;
  const current = answerAt(answers, step);
  const reason = answers.reasons[step.reasonIndex ?? 0];
  const choose = async (value: string) => {
    const next = withAnswer(answers, step, value);
    try {
      await saveAnswers(next);
    } catch (error) {
      console.error(error);
      setFailed(true);
      return;
    }
    setSaved(next);
    route(nextAddress(next));
  };
  return (
    <Screen
      title={lookup(t, "dossier", titleKey(step))}
      back={index > 0 ? `/questions/${index}` : "/"}
      here={`/questions/${index + 1}`}
    >
      <StepProgress current={index + 1} total={total} />
      {failed && (
        <div class="banner" data-tone="warn" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("saveFailed", { ns: "dossier" })}</p>
        </div>
      )}
      <ul class="choice-list picture-choices">
        {choicesOf(step.question, reason).map((value) => {
          const icon = CHOICE_ICONS[`${step.question}.${value}`];
          const name: DossierIconName = icon !== undefined && isDossierIconName(icon) ? icon : "help-circle";
          return (
            <li key={value}>
              <button
                type="button"
                class="picture-choice"
                aria-pressed={current === value}
                onClick={() => void choose(value)}
              >
                <DossierIcon name={name} />
                <span data-listen>{lookup(t, "dossier", `questions.${step.question}.${value}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
