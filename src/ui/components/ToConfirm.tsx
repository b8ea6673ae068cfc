import { useT } from "@/i18n";
import { Icon } from "@/ui/icons";

/** The "à confirmer" mark on every fact DOMAIN.md marks ⚠ (icon and word, never colour alone). */
export function ToConfirm() {
  const { t } = useT();
  return (
    <span class="to-confirm">
      <Icon name="alert-triangle" />
      <span>{t("toConfirm", { ns: "dossier" })}</span>
    </span>
  );
}
