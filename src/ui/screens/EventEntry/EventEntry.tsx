import { useLocation, useRoute } from "preact-iso";
import type { FilingChannel, FollowUpEvent } from "@/domain";
import { frenchT, useT } from "@/i18n";
import { newId } from "@/lib/newId";
import { followUpEventDraft, saveFollowUpEvent } from "@/storage";
import { BigButton, type Choice, ChoiceCards, DatePicker, Screen, StepProgress } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import type { IconName } from "@/ui/icons";

const KINDS = [
  ["filed", "upload"],
  ["depositAttestation", "file-certificate"],
  ["prolongationAttestation", "file-text"],
  ["recepisse", "receipt"],
  ["convocation", "mail"],
  ["cardPickup", "id"],
] as const;

/** How a request can be filed, each with its picture (DOMAIN.md §5.1 and §5.4). */
const FILING_CHANNEL_ICONS = [
  ["anef", "world-www"],
  ["counter", "building-bank"],
  ["post", "mail"],
  ["demarchesSimplifiees", "world"],
] as const satisfies ReadonlyArray<readonly [FilingChannel, IconName]>;

/** Documents that carry an end date (DOMAIN.md §5.3): asked for it in a third step. */
const hasEnd = (kind: FollowUpEvent["kind"] | undefined) =>
  kind === "prolongationAttestation" || kind === "recepisse";
/** Events with a third step: an end date, or the channel of the filing. */
const hasThirdStep = (kind: FollowUpEvent["kind"] | undefined) => hasEnd(kind) || kind === "filed";

/** Adds a dated follow-up event: what happened, when, and until when it is valid. */
export function EventEntry() {
  const { t } = useT();
  const { route } = useLocation();
  const step = Math.min(3, Math.max(1, Number(useRoute().params.step) || 1));
  const draft = useLiveQuery(
    () => followUpEventDraft.get(),
    [],
    (c) => c.kind === "draft:followUpEvent",
  );
  const value = draft.status === "ready" ? (draft.value ?? {}) : undefined;
  const total = hasThirdStep(value?.kind) ? 3 : 2;
  const fr = frenchT();
  const go = (n: number) => route(`/followup/event/${n}`);
  const update = async (patch: Partial<FollowUpEvent>, next?: number) => {
    await followUpEventDraft.save({ ...value, ...patch });
    if (next) go(next);
  };
  const save = async (channel?: FilingChannel) => {
    if (!value?.kind || !value.date) return go(value?.kind ? 2 : 1);
    const event: FollowUpEvent = { id: value.id ?? newId(), kind: value.kind, date: value.date };
    if (hasEnd(value.kind) && value.endsOn) event.endsOn = value.endsOn;
    if (value.kind === "filed" && channel) event.channel = channel;
    await saveFollowUpEvent(event);
    await followUpEventDraft.clear();
    route("/followup", true);
  };
  const kinds: Choice<FollowUpEvent["kind"]>[] = KINDS.map(([kind, icon]) => ({
    value: kind,
    icon,
    label: t(`followup:events.kinds.${kind}`),
    french: fr(`followup:events.kinds.${kind}`),
  }));
  const channels: Choice<FilingChannel>[] = FILING_CHANNEL_ICONS.map(([channel, icon]) => ({
    value: channel,
    icon,
    label: t(`followup:events.channels.${channel}`),
    french: fr(`followup:events.channels.${channel}`),
  }));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => thisYear - 2 + i);
  return (
    <Screen
      title={t("followup:events.title")}
      back={step > 1 ? `/followup/event/${step - 1}` : "/followup"}
      here={`/followup/event/${step}`}
    >
      <StepProgress current={step} total={total} />
      {value && step === 1 && (
        <ChoiceCards
          question={t("followup:events.kindQuestion")}
          choices={kinds}
          selected={value.kind}
          onChoose={(kind) => void update({ kind }, 2)}
        />
      )}
      {value && step === 2 && (
        <>
          <DatePicker
            label={t("followup:events.dateQuestion")}
            value={value.date}
            years={years}
            onChange={(date) => void update({ date })}
          />
          {value.date && (
            <BigButton
              icon={hasThirdStep(value.kind) ? "arrow-right" : "check"}
              variant="primary"
              onClick={() => (hasThirdStep(value.kind) ? go(3) : void save())}
            >
              {hasThirdStep(value.kind) ? t("followup:next") : t("followup:save")}
            </BigButton>
          )}
        </>
      )}
      {value && step === 3 && value.kind === "filed" && (
        <ChoiceCards
          question={t("followup:events.channelQuestion")}
          choices={channels}
          selected={value.channel}
          onChoose={(channel) => void save(channel)}
        />
      )}
      {value && step === 3 && value.kind !== "filed" && (
        <>
          <DatePicker
            label={t("followup:events.endQuestion")}
            value={value.endsOn}
            years={years}
            onChange={(endsOn) => void update({ endsOn })}
          />
          {value.endsOn && (
            <BigButton icon="check" variant="primary" onClick={() => void save()}>
              {t("followup:save")}
            </BigButton>
          )}
        </>
      )}
    </Screen>
  );
}
