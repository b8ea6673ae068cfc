import { useT } from "@/i18n";
import { applyUpdate, updateReady } from "@/offline";
import { BigButton } from "@/ui/components";
import { useObservable } from "@/ui/hooks/useObservable";
import { Icon } from "@/ui/icons";

/** Offers a waiting new version; shown on the home screen only, so it never interrupts a task. */
export function UpdateBanner() {
  const { t } = useT();
  const ready = useObservable(updateReady);
  if (!ready) return null;
  return (
    <div class="banner" role="status">
      <Icon name="refresh" />
      <p>{t("update.ready")}</p>
      <BigButton icon="refresh" variant="primary" onClick={applyUpdate}>
        {t("update.apply")}
      </BigButton>
    </div>
  );
}
