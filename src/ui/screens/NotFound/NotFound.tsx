import { useT } from "@/i18n";
import { BigButton, Screen } from "@/ui/components";

/** An address that leads nowhere: say so and offer the way home. */
export function NotFound() {
  const { t } = useT();
  return (
    <Screen title={t("notFound.title")} back="/" here="/">
      <p data-listen>{t("notFound.body")}</p>
      <BigButton icon="home" href="/" variant="primary">
        {t("nav.home")}
      </BigButton>
    </Screen>
  );
}
