import { useT } from "@/i18n";
import { databaseStatus } from "@/storage";
import { BigButton } from "@/ui/components";
import { useObservable } from "@/ui/hooks/useObservable";
import { Icon } from "@/ui/icons";

/** Says when another tab keeps the storage busy or closed it, and offers the reload that fixes it. */
export function DatabaseBanner() {
  const { t } = useT();
  const status = useObservable(databaseStatus);
  if (status === "ok") return null;
  return (
    <div class="banner" data-tone="warn" role="alert">
      <Icon name="alert-triangle" />
      <p>{t(`storage.${status}`)}</p>
      <BigButton icon="refresh" onClick={() => window.location.reload()}>
        {t("error.reload")}
      </BigButton>
    </div>
  );
}
