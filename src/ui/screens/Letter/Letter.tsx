import { useRoute } from "preact-iso";
import { catalogue } from "@/catalogue";
import { checklistFor } from "@/domain";
import { translatorFor, useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { BLANK, bordereauFor, buildLetter, type LetterKind } from "@/print";
import {
  getCurrentPermit,
  getIdentity,
  listAttempts,
  listFollowUpEvents,
  loadAnswers,
  loadDocumentStatuses,
} from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { LetterView } from "./LetterView";

const KINDS: readonly LetterKind[] = ["inPersonReception", "prolongationAttestation", "coverLetter"];

/** The checklist's ready documents (the bordereau) and the procedures' official French titles. */
async function paperFiling() {
  const answers = await loadAnswers();
  const { procedures, items } = checklistFor(answers, catalogue, new Date());
  return {
    bordereau: bordereauFor(items, await loadDocumentStatuses()),
    procedure: procedures.map((m) => m.procedure.frenchTitle).join(" ; ") || undefined,
  };
}

/**
 * One letter: first what it says in the person's language, then the French letter that prints, with
 * the advice to send it by registered mail and keep the receipt.
 */
export function Letter() {
  const { t, language, dir } = useT();
  const requested = useRoute().params.kind;
  const kind = KINDS.find((k) => k === requested) ?? "inPersonReception";
  const state = useLiveQuery(
    async () => ({
      identity: await getIdentity(),
      permit: await getCurrentPermit(),
      events: await listFollowUpEvents(),
      attempts: await listAttempts(),
      today: todayOf(new Date()),
      ...(kind === "coverLetter" ? await paperFiling() : {}),
    }),
    [kind],
    (change) => change.store === "records",
  );
  const title = kind === "coverLetter" ? t("packet:letter.kind") : t(`paper:letters.kinds.${kind}`);
  const why = kind === "coverLetter" ? t("packet:letter.why") : t(`paper:letters.why.${kind}`);
  if (state.status !== "ready")
    return (
      <Screen title={title} back="/letters" here={`/letters/${kind}`}>
        {null}
      </Screen>
    );
  const french = buildLetter(kind, state.value, translatorFor("fr"));
  const own = language === "fr" ? undefined : buildLetter(kind, state.value, translatorFor(language));
  const incomplete = JSON.stringify(french).includes(BLANK);
  return (
    <Screen title={title} back="/letters" here={`/letters/${kind}`}>
      <div class="no-print stack">
        <p data-listen>{why}</p>
        {incomplete && (
          <div class="banner" data-tone="warn">
            <Icon name="alert-triangle" />
            <p>{t("paper:letters.missing")}</p>
            <BigButton icon="user" href="/about-me">
              {t("paper:letters.completeAboutMe")}
            </BigButton>
            {kind === "inPersonReception" && state.value.attempts.length === 0 && (
              <BigButton icon="list-check" href="/journal">
                {t("paper:letters.addAttempts")}
              </BigButton>
            )}
          </div>
        )}
        {own && (
          <details class="card" open>
            <summary>{t("paper:letters.explainTitle")}</summary>
            <LetterView letter={own} lang={language} dir={dir} headingLevel={2} />
          </details>
        )}
        <div class="banner">
          <Icon name="mail-forward" />
          <p data-listen>
            {t("paper:letters.advice")} {t("paper:letters.email")}
          </p>
        </div>
        <BigButton icon="printer" variant="primary" onClick={() => window.print()}>
          {t("paper:letters.print")}
        </BigButton>
        {kind === "coverLetter" && (
          <BigButton icon="file-type-pdf" href="/packet">
            {t("packet:letter.makePacket")}
          </BigButton>
        )}
        <h2>{t("paper:letters.frenchTitle")}</h2>
      </div>
      <LetterView letter={french} lang="fr" dir="ltr" />
    </Screen>
  );
}
