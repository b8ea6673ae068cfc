import { useState } from "preact/hooks";
import type { Attempt } from "@/domain";
import { frenchT, useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { activeProfileId, deleteAttempt, getFile, listAttempts, saveAttempt } from "@/storage";
import { BigButton, Screen, SourceAddresses, UndoToast } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon, type IconName } from "@/ui/icons";
import { AttemptScreenshot } from "./AttemptScreenshot";
import { LAW_STEPS } from "./lawSteps";

/** The pictogram of each kind of attempt. */
export const ATTEMPT_ICONS: Record<Attempt["kind"], IconName> = {
  anefError: "screenshot",
  cccCall: "headset",
  panVisit: "building-bank",
  messageSent: "mail-forward",
  appointmentUnavailable: "calendar-x",
};

/** The dated journal of attempts: the evidence that the substitution solution asks for (R.431-2). */
export function Journal() {
  const { t } = useT();
  const fr = frenchT();
  const state = useLiveQuery(
    () => listAttempts(),
    [],
    (c) => c.kind === "attempt",
  );
  const [removed, setRemoved] = useState<{ attempt: Attempt; screenshot?: ArrayBuffer }>();
  const attempts = state.status === "ready" ? state.value : [];
  const remove = async (attempt: Attempt) => {
    // The screenshot's bytes stay in memory during the undo delay, so undo restores the entry whole.
    const file = attempt.screenshot
      ? await getFile(activeProfileId.get(), attempt.screenshot.fileKey)
      : undefined;
    await deleteAttempt(attempt);
    setRemoved(file ? { attempt, screenshot: file.bytes } : { attempt });
  };
  return (
    <Screen title={t("followup:journal.title")} back="/followup" here="/journal">
      <p data-listen>{t("followup:journal.intro")}</p>
      <p class="journal__count">
        <Icon name="list-check" /> {t("followup:journal.count")} : <strong>{attempts.length}</strong>
      </p>
      <BigButton icon="plus" href="/journal/new/1" variant="primary">
        {t("followup:journal.add")}
      </BigButton>
      {attempts.length > 0 && (
        <BigButton icon="printer" href="/journal/annex">
          {t("followup:journal.printAnnex")}
        </BigButton>
      )}
      {state.status === "ready" && attempts.length === 0 && <p>{t("followup:journal.none")}</p>}
      <ol class="plain-list journal">
        {attempts.map((attempt) => (
          <li key={attempt.id} class="card attempt">
            <h2>
              <Icon name={ATTEMPT_ICONS[attempt.kind]} /> <bdi dir="ltr">{formatAdminDate(attempt.date)}</bdi>
            </h2>
            <p>
              {t(`followup:journal.kinds.${attempt.kind}`)}{" "}
              <span lang="fr">({fr(`followup:journal.kinds.${attempt.kind}`)})</span>
            </p>
            {attempt.ticket && (
              <p>
                {t("followup:journal.ticket")} : <bdi dir="auto">{attempt.ticket}</bdi>
              </p>
            )}
            {attempt.place && (
              <p>
                {t("followup:journal.place")} : <bdi dir="auto">{attempt.place}</bdi>
              </p>
            )}
            {attempt.note && <p dir="auto">{attempt.note}</p>}
            {attempt.screenshot && <AttemptScreenshot fileKey={attempt.screenshot.fileKey} />}
            <BigButton icon="trash" variant="quiet" onClick={() => void remove(attempt)}>
              {t("followup:delete")}
            </BigButton>
          </li>
        ))}
      </ol>
      <section class="card" aria-labelledby="law-title">
        <h2 id="law-title">
          <Icon name="scale" /> {t("followup:journal.law.title")}
        </h2>
        <ol>
          {LAW_STEPS.map((step, index) => (
            <li key={step.id}>
              <span data-listen>{t(`followup:journal.law.${step.id}`)}</span>
              {LAW_STEPS[index + 1]?.sources !== step.sources && (
                <SourceAddresses
                  label={t(step.sources.length > 1 ? "followup:sources" : "followup:sourceLabel")}
                  sources={step.sources}
                />
              )}
            </li>
          ))}
        </ol>
        <p class="source">{t("followup:journal.law.source")}</p>
      </section>
      {removed && (
        <UndoToast
          key={removed.attempt.id}
          message={t("followup:journal.deleted")}
          onUndo={() => {
            void saveAttempt(removed.attempt, removed.screenshot);
            setRemoved(undefined);
          }}
          onExpire={() => setRemoved(undefined)}
        />
      )}
    </Screen>
  );
}
