import { LANGUAGE_NAMES, LANGUAGES, translationReviews, useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { Screen } from "@/ui/components";

/** What Papiers promises and what it cannot, stated plainly; who wrote each language. */
export function About() {
  const { t } = useT();
  const reviews = translationReviews();
  return (
    <Screen title={t("about.title")} back="/" here="/about">
      <p data-listen>{t("about.private")}</p>
      <p data-listen>{t("about.offline")}</p>
      <p data-listen>{t("about.eviction")}</p>
      <p data-listen>{t("about.notFiling")}</p>
      <h2>{t("about.languages.title")}</h2>
      <ul>
        {LANGUAGES.map((language) => {
          const review = reviews[language.code]?.review ?? "needs native review";
          return (
            <li key={language.code}>
              <span lang={language.code} dir={language.dir}>
                {LANGUAGE_NAMES[language.code].endonym}
              </span>{" "}
              —{" "}
              {t(
                `about.languages.${review === "source" ? "source" : review === "reviewed" ? "reviewed" : "draft"}`,
              )}
            </li>
          );
        })}
      </ul>
      <h2>{t("about.credits.title")}</h2>
      <p>{t("about.credits.icons")}</p>
      <p>
        {t("about.version")} <bdi dir="ltr">{formatAdminDate(import.meta.env.VITE_APP_BUILD)}</bdi>
      </p>
    </Screen>
  );
}
