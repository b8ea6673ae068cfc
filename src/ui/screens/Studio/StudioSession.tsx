import { useEffect, useMemo, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type LanguageInfo, useT } from "@/i18n";
import { loadAudioClips } from "@/storage";
import { BigButton, StepProgress } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { ExportPack } from "./ExportPack";
import { PromptRecorder } from "./PromptRecorder";
import { type Prompt, statusOf, studioPrompts } from "./studioPrompts";

/**
 * One language's prompts, one at a time: the French and the target text, the recorder, and moving on.
 * The position is in the address and every clip is saved at once, so a reload loses nothing.
 */
export function StudioSession({ language, position }: { language: LanguageInfo; position: number }) {
  const { t } = useT();
  const { route } = useLocation();
  const [prompts, setPrompts] = useState<Prompt[] | null>(null);
  useEffect(() => {
    let alive = true;
    setPrompts(null);
    void studioPrompts(language.code).then((list) => alive && setPrompts(list));
    return () => {
      alive = false;
    };
  }, [language.code]);
  const clips = useLiveQuery(
    async () => {
      const audio = await loadAudioClips();
      const list = await audio.listAudioClips(language.code);
      return new Map(list.map((clip) => [clip.key, clip.textHash]));
    },
    [language.code],
    (change) => change.store === "audioClips",
  );
  const hashes = useMemo(() => (clips.status === "ready" ? clips.value : new Map<string, string>()), [clips]);

  if (!prompts) return <p role="status">{t("audio:studio.loading")}</p>;
  const index = Math.min(position, prompts.length) - 1;
  const prompt = prompts[index];
  if (!prompt) return null;
  const goTo = (n: number) => route(`/studio?lang=${language.code}&n=${n}`, true);
  const recorded = prompts.filter((p) => statusOf(p, hashes) === "recorded").length;
  const nextMissing = prompts.findIndex((p, i) => i > index && statusOf(p, hashes) !== "recorded");
  const partKey = `audio:studio.parts.${prompt.part}` as const;
  return (
    <section class="stack studio" aria-labelledby="studio-prompt">
      <StepProgress current={index + 1} total={prompts.length} />
      <p>
        <Icon name="check" /> {t("audio:studio.recordedCount")} : <bdi dir="ltr">{recorded}</bdi>
      </p>
      <h2 id="studio-prompt">
        {t("audio:studio.part")} : {t(partKey, { defaultValue: prompt.part })}
      </h2>
      <PromptRecorder language={language} prompt={prompt} status={statusOf(prompt, hashes)} />
      <div class="studio__moves">
        <BigButton icon="arrow-left" onClick={() => goTo(index)}>
          {t("audio:studio.previous")}
        </BigButton>
        <BigButton icon="arrow-right" onClick={() => goTo(Math.min(index + 2, prompts.length))}>
          {t("audio:studio.next")}
        </BigButton>
        {nextMissing >= 0 && (
          <BigButton icon="microphone" onClick={() => goTo(nextMissing + 1)}>
            {t("audio:studio.nextMissing")}
          </BigButton>
        )}
      </div>
      <ExportPack language={language} prompts={prompts} />
      <BigButton icon="language" href="/studio" variant="quiet">
        {t("audio:studio.otherLanguage")}
      </BigButton>
    </section>
  );
}
