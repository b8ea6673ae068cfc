import { useRef, useState } from "preact/hooks";
import { LANGUAGE_NAMES, LANGUAGES, useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { loadAudioClips, type OpenedPack, type PackProblem, StorageFullError } from "@/storage";
import { BigButton } from "@/ui/components";
import { listenableKeys, loadAllTexts } from "@/ui/hooks/listenTexts";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { Icon } from "@/ui/icons";

type Step =
  | { step: "file" | "opening" | "installed" }
  | { step: "summary"; pack: OpenedPack; alreadyHere: number }
  | { step: "problem"; problem: PackProblem | "full" };

/** "1.2" for 1.2 MB: Latin digits, one decimal, as the dates are shown. */
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1);

/**
 * Installs an audio pack: checked first (size, manifest, known keys, every clip's bytes), its language,
 * clip count and size shown, then installed on a tap. A pack merges into the language's clips.
 */
export function ImportPack() {
  const { t } = useT();
  const [state, setState] = useState<Step>({ step: "file" });
  useFocusAfterStep(state.step);
  const input = useRef<HTMLInputElement>(null);

  const open = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setState({ step: "opening" });
    const audio = await loadAudioClips();
    await loadAllTexts("fr");
    const keys = new Set(listenableKeys().flatMap((group) => group.keys));
    // A file over the limit is refused before it is read into memory.
    if (file.size > audio.PACK_LIMITS.packBytes) return setState({ step: "problem", problem: "tooBig" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened = await audio.openAudioPack(bytes, { languages: LANGUAGES.map((l) => l.code), keys });
    if (!opened.ok) return setState({ step: "problem", problem: opened.problem });
    const alreadyHere = await audio.countAudioClips(opened.pack.manifest.language);
    setState({ step: "summary", pack: opened.pack, alreadyHere });
  };

  const install = async (pack: OpenedPack) => {
    const audio = await loadAudioClips();
    await audio.putAudioClips(pack.clips).then(
      () => setState({ step: "installed" }),
      (error: unknown) =>
        setState({ step: "problem", problem: error instanceof StorageFullError ? "full" : "damaged" }),
    );
  };

  const language =
    state.step === "summary" ? LANGUAGES.find((l) => l.code === state.pack.manifest.language) : undefined;
  return (
    <section class="stack" aria-labelledby="pack-title">
      <h2 id="pack-title">{t("audio:pack.title")}</h2>
      <p data-listen>{t("audio:pack.intro")}</p>
      {state.step === "problem" && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t(`audio:pack.problem.${state.problem}`)}</p>
        </div>
      )}
      <form class="import-form" onSubmit={(event) => void open(event)}>
        <label for="pack-file">{t("audio:pack.file")}</label>
        <input id="pack-file" ref={input} type="file" accept=".zip,application/zip" />
        <BigButton icon="file-music" type="submit">
          {t("audio:pack.open")}
        </BigButton>
        {state.step === "opening" && <p role="status">{t("audio:pack.opening")}</p>}
      </form>
      {state.step === "summary" && language && (
        <div class="stack" role="status">
          <dl class="pack-summary">
            <dt>{t("audio:pack.language")}</dt>
            <dd lang={language.code} dir={language.dir}>
              {LANGUAGE_NAMES[language.code].endonym}
            </dd>
            <dt>{t("audio:pack.clips")}</dt>
            <dd>
              <bdi dir="ltr">{state.pack.clips.length}</bdi>
            </dd>
            <dt>{t("audio:pack.size")}</dt>
            <dd>{t("audio:pack.megabytes", { value: megabytes(state.pack.size) })}</dd>
            <dt>{t("audio:pack.recordedOn")}</dt>
            <dd>
              <bdi dir="ltr">{formatAdminDate(state.pack.manifest.createdAt.slice(0, 10))}</bdi>
            </dd>
            <dt>{t("audio:pack.alreadyHere")}</dt>
            <dd>
              <bdi dir="ltr">{state.alreadyHere}</bdi>
            </dd>
          </dl>
          <p>{t("audio:pack.merge")}</p>
          <BigButton icon="download" variant="primary" onClick={() => void install(state.pack)}>
            {t("audio:pack.install")}
          </BigButton>
        </div>
      )}
      {state.step === "installed" && (
        <p class="banner" data-tone="ok" role="status">
          <Icon name="check" /> {t("audio:pack.installed")}
        </p>
      )}
    </section>
  );
}
