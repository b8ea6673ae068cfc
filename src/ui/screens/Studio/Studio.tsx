import { useLocation } from "preact-iso";
import { LANGUAGE_NAMES, LANGUAGES, useT } from "@/i18n";
import { BigButton, Screen } from "@/ui/components";
import { ImportPack } from "./ImportPack";
import { StudioSession } from "./StudioSession";

/**
 * The recording studio (assisted mode, issue #8 item 5): an interpreter records every prompt of a
 * language, then exports an audio pack; any phone can install a pack here. It shows no person's data.
 */
export function Studio() {
  const { t } = useT();
  const { query } = useLocation();
  const language = LANGUAGES.find((candidate) => candidate.code === query.lang);
  const position = Math.max(1, Number.parseInt(query.n ?? "1", 10) || 1);
  const here = language ? `/studio?lang=${language.code}&n=${position}` : "/studio";
  return (
    <Screen title={t("audio:studio.title")} back="/about" here={here}>
      {language ? (
        <StudioSession language={language} position={position} />
      ) : (
        <section class="stack" aria-labelledby="studio-languages">
          <p data-listen>{t("audio:studio.intro")}</p>
          <h2 id="studio-languages">{t("audio:studio.chooseLanguage")}</h2>
          <ul class="studio-languages">
            {LANGUAGES.map((option) => (
              <li key={option.code}>
                <BigButton icon="microphone" href={`/studio?lang=${option.code}`} block>
                  <span lang={option.code} dir={option.dir}>
                    {LANGUAGE_NAMES[option.code].endonym}
                  </span>{" "}
                  <span lang="fr">({LANGUAGE_NAMES[option.code].frenchName})</span>
                </BigButton>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ImportPack />
    </Screen>
  );
}
