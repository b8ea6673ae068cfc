import { useT } from "@/i18n";
import { Screen, Tile } from "@/ui/components";
import { UpdateBanner } from "./UpdateBanner";

/** The start screen: at most six large picture tiles, each an icon with its label. */
export function Home() {
  const { t } = useT();
  return (
    <Screen title={t("home.title")} here="/">
      <UpdateBanner />
      <p class="lead" data-listen>
        {t("home.intro")}
      </p>
      <ul class="tiles">
        <Tile href="/checklist" icon="clipboard-list">
          {t("tile", { ns: "dossier" })}
        </Tile>
        <Tile href="/help?back=%2F" icon="lifebuoy">
          {t("home.tiles.help")}
        </Tile>
        <Tile href="/language?back=%2F" icon="language">
          {t("home.tiles.language")}
        </Tile>
        <Tile href="/about" icon="info-circle">
          {t("home.tiles.about")}
        </Tile>
      </ul>
    </Screen>
  );
}
