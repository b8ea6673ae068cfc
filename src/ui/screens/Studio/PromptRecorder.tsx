import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { type LanguageInfo, useT } from "@/i18n";
import { loadAudioClips } from "@/storage";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";
import type { Prompt, PromptStatus } from "./studioPrompts";
import { useRecorder } from "./useRecorder";

const STATUS_ICON = { recorded: "check", missing: "microphone", stale: "alert-triangle" } as const;

/** One prompt: its French and target wording, record or redo, listen back. Each clip is saved at once. */
export function PromptRecorder(props: { language: LanguageInfo; prompt: Prompt; status: PromptStatus }) {
  const { language, prompt, status } = props;
  const { t } = useT();
  const [saveFailed, setSaveFailed] = useState(false);
  const player = useRef<HTMLAudioElement | null>(null);
  const save = useCallback(
    async ({ bytes, mimeType }: { bytes: ArrayBuffer; mimeType: string }) => {
      if (prompt.targetHash === undefined) return;
      const audio = await loadAudioClips();
      const clip = { language: language.code, key: prompt.key, textHash: prompt.targetHash };
      await audio
        .putAudioClips([{ ...clip, mimeType, bytes, recordedAt: Date.now() }])
        .then(() => setSaveFailed(false))
        .catch(() => setSaveFailed(true));
    },
    [language.code, prompt.key, prompt.targetHash],
  );
  const recorder = useRecorder(save);
  const stopPlaying = useCallback(() => {
    player.current?.pause();
    player.current = null;
  }, []);
  // Another prompt: whatever was playing stops.
  useEffect(() => stopPlaying, [prompt.key, stopPlaying]);

  const listen = async () => {
    stopPlaying();
    const clip = await (await loadAudioClips()).getAudioClip(language.code, prompt.key);
    if (!clip) return;
    const url = URL.createObjectURL(new Blob([clip.bytes], { type: clip.mimeType }));
    const audio = new Audio(url);
    audio.addEventListener("ended", () => URL.revokeObjectURL(url));
    player.current = audio;
    await audio.play().catch(() => undefined);
  };

  const recording = recorder.state === "recording";
  return (
    <div class="stack">
      <div class="studio__texts">
        <div>
          <h3>{t("audio:studio.french")}</h3>
          <p lang="fr" dir="ltr" class="studio__text">
            {prompt.french}
          </p>
        </div>
        <div>
          <h3>{t("audio:studio.target")}</h3>
          {prompt.target === undefined ? (
            <p>{t("audio:studio.noTarget")}</p>
          ) : (
            <p lang={language.code} dir={language.dir} class="studio__text">
              {prompt.target}
            </p>
          )}
        </div>
      </div>
      <p class="studio__status" role="status">
        <Icon name={recording ? "microphone" : STATUS_ICON[status]} />
        {recording ? t("audio:studio.recording") : t(`audio:studio.status.${status}`)}
      </p>
      {recorder.state === "refused" && <p role="alert">{t("audio:studio.micRefused")}</p>}
      {recorder.state === "unsupported" && <p role="alert">{t("audio:studio.noRecorder")}</p>}
      {saveFailed && <p role="alert">{t("audio:studio.saveFailed")}</p>}
      {prompt.target !== undefined && (
        <div class="studio__moves">
          {recording ? (
            <BigButton icon="player-stop" variant="primary" onClick={recorder.stop}>
              {t("audio:studio.stop")}
            </BigButton>
          ) : (
            <BigButton icon="microphone" variant="primary" onClick={() => void recorder.start()}>
              {status === "missing" ? t("audio:studio.record") : t("audio:studio.redo")}
            </BigButton>
          )}
          {status !== "missing" && !recording && (
            <BigButton icon="player-play" onClick={() => void listen()}>
              {t("audio:studio.listen")}
            </BigButton>
          )}
        </div>
      )}
    </div>
  );
}
