import { useT } from "@/i18n";
import { useStoredFileUrl } from "@/ui/hooks/useStoredFileUrl";

/** The stored photo of an error screen. */
export function AttemptScreenshot({ fileKey }: { fileKey: string }) {
  const { t } = useT();
  const url = useStoredFileUrl(fileKey);
  return url ? (
    <img class="attempt__screenshot" src={url} alt={t("followup:journal.screenshotAdded")} />
  ) : null;
}
