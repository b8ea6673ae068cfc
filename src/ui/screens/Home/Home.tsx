import { useT } from "@/i18n";
import { Screen, Tile } from "@/ui/components";
import { NextStepBanner } from "./NextStepBanner";
import { UpdateBanner } from "./UpdateBanner";

/** The start screen: at most six large picture tiles, each an icon with its label. */
export function Home() {
  const { t } = useT();
  return (
    <Screen title={t("home.title")} here="/">
      <UpdateBanner />
      <NextStepBanner />
      <p class="lead" data-listen>
        {t("home.intro")}
      </p>
      <ul class="tiles">
        <Tile href="/checklist" icon="clipboard-list">
          {t("tile", { ns: "dossier" })}
        </Tile>
        <Tile href="/followup" icon="calendar">
          {t("home.tiles.dates")}
        </Tile>
        <Tile href="/journal" icon="list-check">
          {t("home.tiles.journal")}
        </Tile>
        <Tile href="/letters" icon="mail">
          {t("home.tiles.letters")}
        </Tile>
        <Tile href="/about-me" icon="user">
          {t("home.tiles.aboutMe")}
        </Tile>
        <Tile href="/person" icon="lock">
          {t("home.tiles.person")}
        </Tile>
      </ul>
    </Screen>
  );
}
