import { useEffect } from "preact/hooks";
import { useT } from "@/i18n";
import { Icon } from "@/ui/icons";
import { quickExit } from "./quickExit";
import { rememberScreen } from "./screenBeforeHelp";
import { useReadAloud } from "./useReadAloud";

/**
 * The bar at the top of every screen, its five controls always in the same places (WCAG 3.2.3, 3.2.6):
 * back, listen, help, language, quick exit. On the home screen, back keeps its place but is hidden.
 */
export function TopBar({ back, here }: { back?: string | undefined; here: string }) {
  const { t, language } = useT();
  const reader = useReadAloud(language);
  const speaking = reader.state === "speaking";
  // Another screen or language: whatever was being read stops.
  useEffect(() => reader.stop, [here, language, reader.stop]);
  return (
    <header>
      <nav class="top-bar" aria-label={t("nav.label")}>
        {back === undefined ? (
          <span class="top-bar__button" hidden />
        ) : (
          <a class="top-bar__button" href={back}>
            <Icon name="arrow-left" />
            <span>{t("nav.back")}</span>
          </a>
        )}
        <button type="button" class="top-bar__button" aria-pressed={speaking} onClick={reader.toggle}>
          <Icon name={speaking ? "player-stop" : "volume"} />
          <span>{speaking ? t("nav.stopListening") : t("nav.listen")}</span>
        </button>
        <a
          class="top-bar__button"
          href={`/help?back=${encodeURIComponent(here)}`}
          onClick={() => rememberScreen(here)}
        >
          <Icon name="help-circle" />
          <span>{t("nav.help")}</span>
        </a>
        <a class="top-bar__button" href={`/language?back=${encodeURIComponent(here)}`}>
          <Icon name="language" />
          <span>{t("nav.language")}</span>
        </a>
        <button type="button" class="top-bar__button" data-exit="" onClick={quickExit}>
          <Icon name="door-exit" />
          <span>{t("nav.quickExit")}</span>
        </button>
      </nav>
      {reader.state === "unavailable" && (
        <div class="banner" data-tone="warn" role="status">
          <Icon name="volume-off" />
          <p>{t("listen.unavailable")}</p>
        </div>
      )}
    </header>
  );
}
