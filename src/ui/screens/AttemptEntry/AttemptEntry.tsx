import { useRef, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import type { Attempt } from "@/domain";
import { frenchT, useT } from "@/i18n";
import { newId } from "@/lib/newId";
import { type AttemptDraft, attemptDraft, StorageFullError, saveAttempt } from "@/storage";
import { BigButton, type Choice, ChoiceCards, DatePicker, Screen, StepProgress } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { AttemptDetails } from "./AttemptDetails";
import { ATTEMPT_KINDS } from "./attemptKinds";

/** Notes one attempt in three steps: what, when, details (and a photo of the error screen). */
export function AttemptEntry() {
  const { t } = useT();
  const { route } = useLocation();
  const step = Math.min(3, Math.max(1, Number(useRoute().params.step) || 1));
  const draft = useLiveQuery(
    () => attemptDraft.get(),
    [],
    (c) => c.kind === "draft:attempt",
  );
  const value = draft.status === "ready" ? (draft.value ?? {}) : undefined;
  const [full, setFull] = useState(false);
  const fr = frenchT();
  const go = (n: number) => route(`/journal/new/${n}`);
  // Typed details arrive on "change" (when a field loses focus), possibly as "save" is tapped: every
  // patch is applied in order to the latest draft, and saving waits for the last one.
  const latest = useRef<AttemptDraft | undefined>(undefined);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const update = (patch: AttemptDraft, next?: number) => {
    const merged: AttemptDraft = { ...(latest.current ?? value), ...patch };
    merged.id ??= newId();
    latest.current = merged;
    writes.current = writes.current.then(() => attemptDraft.save(merged));
    if (next) void writes.current.then(() => go(next));
  };
  const save = async () => {
    await writes.current;
    const current = latest.current ?? value;
    if (!current?.id || !current.kind || !current.date) return go(current?.kind ? 2 : 1);
    const { id, kind, date, note, ticket, place, screenshot } = current;
    const attempt: Attempt = { id, kind, date, createdAt: Date.now() };
    if (note) attempt.note = note;
    if (ticket) attempt.ticket = ticket;
    if (place) attempt.place = place;
    if (screenshot) attempt.screenshot = screenshot;
    try {
      await saveAttempt(attempt);
    } catch (error) {
      if (error instanceof StorageFullError) return setFull(true);
      throw error;
    }
    await attemptDraft.clear();
    route("/journal", true);
  };
  const kinds: Choice<Attempt["kind"]>[] = ATTEMPT_KINDS.map(([kind, icon]) => ({
    value: kind,
    icon,
    label: t(`followup:journal.kinds.${kind}`),
    french: fr(`followup:journal.kinds.${kind}`),
  }));
  const thisYear = new Date().getFullYear();
  return (
    <Screen
      title={t("followup:journal.add")}
      back={step > 1 ? `/journal/new/${step - 1}` : "/journal"}
      here={`/journal/new/${step}`}
    >
      <StepProgress current={step} total={3} />
      {value && step === 1 && (
        <ChoiceCards
          question={t("followup:journal.kindQuestion")}
          choices={kinds}
          selected={value.kind}
          onChoose={(kind) => update({ kind }, 2)}
        />
      )}
      {value && step === 2 && (
        <>
          <DatePicker
            label={t("followup:journal.dateQuestion")}
            value={value.date}
            years={[thisYear - 2, thisYear - 1, thisYear]}
            onChange={(date) => update({ date })}
          />
          {value.date && (
            <BigButton icon="arrow-right" variant="primary" onClick={() => go(3)}>
              {t("followup:next")}
            </BigButton>
          )}
        </>
      )}
      {value?.id && value.kind && step === 3 && (
        <>
          <AttemptDetails
            value={{ ...value, id: value.id, kind: value.kind }}
            onChange={(patch) => update(patch)}
          />
          {full && (
            <div class="banner" data-tone="danger" role="alert">
              <Icon name="alert-triangle" />
              <p>{t("followup:journal.notSaved")}</p>
            </div>
          )}
          <BigButton icon="check" variant="primary" onClick={() => void save()}>
            {t("followup:save")}
          </BigButton>
        </>
      )}
    </Screen>
  );
}
