import { useLocation, useRoute } from "preact-iso";
import type { CurrentPermit } from "@/domain";
import { frenchT, useT } from "@/i18n";
import { permitDraft, saveCurrentPermit } from "@/storage";
import { BigButton, type Choice, ChoiceCards, DatePicker, Screen, StepProgress } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";

const KINDS = [
  ["titre", "id"],
  ["vlsts", "id-badge-2"],
  ["recepisse", "file-certificate"],
  ["prolongation", "file-text"],
  ["aps", "file-alert"],
] as const;
const CHANNELS = [
  ["anef", "world-www"],
  ["prefecture", "building-bank"],
  ["temporaryProtection", "shield"],
  ["unknown", "help-circle"],
] as const;

/** How many years before last year an expiry date can go back to. */
const EARLIER_YEARS = 10;

/** Three taps and a date: which document, until when, where it is renewed. Each answer is saved at once. */
export function PermitEntry() {
  const { t } = useT();
  const { route } = useLocation();
  const step = Math.min(3, Math.max(1, Number(useRoute().params.step) || 1));
  const draft = useLiveQuery(
    () => permitDraft.get(),
    [],
    (c) => c.kind === "draft:permit",
  );
  const value = draft.status === "ready" ? (draft.value ?? {}) : undefined;
  const fr = frenchT();
  const go = (n: number) => route(`/followup/permit/${n}`);
  const update = async (patch: Partial<CurrentPermit>, next?: number) => {
    await permitDraft.save({ ...value, ...patch });
    if (next) go(next);
  };
  const finish = async (channel: CurrentPermit["channel"]) => {
    if (!value?.kind || !value.expiresOn) return go(value?.kind ? 2 : 1);
    await saveCurrentPermit({ kind: value.kind, expiresOn: value.expiresOn, channel });
    await permitDraft.clear();
    route("/followup", true);
  };
  const kinds: Choice<CurrentPermit["kind"]>[] = KINDS.map(([kind, icon]) => ({
    value: kind,
    icon,
    label: t(`followup:permit.kinds.${kind}`),
    french: fr(`followup:permit.kinds.${kind}`),
  }));
  const channels: Choice<CurrentPermit["channel"]>[] = CHANNELS.map(([channel, icon]) => ({
    value: channel,
    icon,
    label: t(`followup:permit.channels.${channel}`),
  }));
  const thisYear = new Date().getFullYear();
  return (
    <Screen
      title={t("followup:permit.title")}
      back={step > 1 ? `/followup/permit/${step - 1}` : "/followup"}
      here={`/followup/permit/${step}`}
    >
      <StepProgress current={step} total={3} />
      {value && step === 1 && (
        <ChoiceCards
          question={t("followup:permit.kindQuestion")}
          choices={kinds}
          selected={value.kind}
          onChoose={(kind) => void update({ kind }, 2)}
        />
      )}
      {value && step === 2 && (
        <>
          <DatePicker
            label={t("followup:permit.dateQuestion")}
            value={value.expiresOn}
            years={Array.from({ length: 12 }, (_, i) => thisYear - 1 + i)}
            // A titre that ended long ago still counts: the person may have no valid paper now.
            earlierYears={Array.from({ length: EARLIER_YEARS }, (_, i) => thisYear - 1 - EARLIER_YEARS + i)}
            onChange={(expiresOn) => void update({ expiresOn })}
          />
          {value.expiresOn && (
            <BigButton icon="arrow-right" variant="primary" onClick={() => go(3)}>
              {t("followup:next")}
            </BigButton>
          )}
        </>
      )}
      {value && step === 3 && (
        <>
          <ChoiceCards
            question={t("followup:permit.channelQuestion")}
            choices={channels}
            selected={value.channel}
            onChoose={(channel) => void finish(channel)}
          />
          <p>{t("followup:permit.unknownNote")}</p>
        </>
      )}
    </Screen>
  );
}
