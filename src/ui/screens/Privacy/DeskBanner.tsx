import { endDeskSession } from "@/storage";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { usePrivacyT } from "./usePrivacyT";

/** Shown above every screen of a desk session: nothing is kept, and the button that ends it. */
export function DeskBanner({ sessionId }: { sessionId: string }) {
  const { t } = usePrivacyT();
  return (
    <section class="banner desk-banner" data-tone="warn" aria-label={t("privacy:desk.label")}>
      <Icon name="device-desktop" />
      <p>{t("privacy:desk.notice")}</p>
      <BigButton icon="door-exit" onClick={() => void endDeskSession(sessionId)}>
        {t("privacy:desk.end")}
      </BigButton>
    </section>
  );
}
