import { useState } from "preact/hooks";
import { type LanguageInfo, useT } from "@/i18n";
import { loadAudioClips } from "@/storage";
import { BigButton } from "@/ui/components";
import type { Prompt } from "./studioPrompts";

/** Hands a file to the person: a download (the file then goes to other phones by any means). */
function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the language's clips as one audio pack file, only for texts this version still has. */
export function ExportPack({ language, prompts }: { language: LanguageInfo; prompts: readonly Prompt[] }) {
  const { t } = useT();
  const [outcome, setOutcome] = useState<"exported" | "exportEmpty" | null>(null);
  const exportPack = async () => {
    const audio = await loadAudioClips();
    const known = new Set(prompts.map((prompt) => prompt.key));
    const clips = (await audio.listAudioClips(language.code)).filter((clip) => known.has(clip.key));
    if (clips.length === 0) return setOutcome("exportEmpty");
    const bytes = await audio.buildAudioPack(language.code, clips);
    const day = new Date().toISOString().slice(0, 10);
    download(new File([bytes], `papiers-audio-${language.code}-${day}.zip`, { type: "application/zip" }));
    setOutcome("exported");
  };
  return (
    <div class="stack">
      <BigButton icon="download" onClick={() => void exportPack()}>
        {t("audio:studio.export")}
      </BigButton>
      {outcome && <p role="status">{t(`audio:studio.${outcome}`)}</p>}
    </div>
  );
}
