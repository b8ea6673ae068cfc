import { Icon, type IconName } from "@/ui/icons";

/** One answer: a picture and its label (and optionally the official French words beside it). */
export interface Choice<V extends string> {
  value: V;
  icon: IconName;
  label: string;
  /** The French term printed on the documents, shown under a translation. */
  french?: string | undefined;
}

interface ChoiceCardsProps<V extends string> {
  /** The question, as the group's visible legend. */
  question: string;
  choices: ReadonlyArray<Choice<V>>;
  selected: V | undefined;
  onChoose: (value: V) => void;
}

/** One question with large picture answers, chosen with one tap each (at most six, UX.md §1.2). */
export function ChoiceCards<V extends string>({
  question,
  choices,
  selected,
  onChoose,
}: ChoiceCardsProps<V>) {
  return (
    <fieldset class="choice-cards">
      <legend data-listen>{question}</legend>
      <ul class="choice-cards__list">
        {choices.map((choice) => (
          <li key={choice.value}>
            <button
              type="button"
              class="choice-card"
              aria-pressed={choice.value === selected}
              onClick={() => onChoose(choice.value)}
            >
              <Icon name={choice.icon} />
              <span data-listen>{choice.label}</span>
              {choice.french && choice.french !== choice.label && (
                <span class="choice-card__french" lang="fr">
                  {choice.french}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
