import { useT } from "@/i18n";
import { Screen } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** The letters Papiers can write, each with why one would send it. */
export function Letters() {
  const { t } = useT();
  return (
    <Screen title={t("paper:letters.title")} back="/" here="/letters">
      <p data-listen>{t("paper:letters.intro")}</p>
      <ul class="plain-list">
        {(["inPersonReception", "prolongationAttestation"] as const).map((kind) => (
          <li key={kind} class="card">
            <h2>
              <Icon name="mail" /> {t(`paper:letters.kinds.${kind}`)}
            </h2>
            <p data-listen>{t(`paper:letters.why.${kind}`)}</p>
            <a class="big-button" data-variant="primary" href={`/letters/${kind}`}>
              <Icon name="file-text" />
              <span>{t(`paper:letters.kinds.${kind}`)}</span>
            </a>
          </li>
        ))}
        <li class="card">
          <h2>
            <Icon name="mail" /> {t("packet:letter.kind")}
          </h2>
          <p data-listen>{t("packet:letter.why")}</p>
          <a class="big-button" data-variant="primary" href="/letters/coverLetter">
            <Icon name="file-text" />
            <span>{t("packet:letter.kind")}</span>
          </a>
          <a class="big-button" data-variant="secondary" href="/packet">
            <Icon name="file-type-pdf" />
            <span>{t("packet:screen.title")}</span>
          </a>
        </li>
        <li class="card">
          <h2>
            <Icon name="printer" /> {t("summary:title")}
          </h2>
          <p data-listen>{t("summary:lettersIntro")}</p>
          <a class="big-button" data-variant="secondary" href="/summary">
            <Icon name="printer" />
            <span>{t("summary:print")}</span>
          </a>
        </li>
      </ul>
    </Screen>
  );
}
