import { countProfileData, storageRoom } from "@/storage";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { usePrivacyT } from "./usePrivacyT";

/**
 * A gentle word when the browser may evict Papiers' data (persistence refused) or the phone is almost
 * full, once the person has saved a page: the export is the backup (UX.md §5.3).
 */
export function DurabilityBanner({ profileId }: { profileId: string }) {
  const { t } = usePrivacyT();
  const state = useLiveQuery(
    async () => {
      const [room, held] = await Promise.all([storageRoom(), countProfileData(profileId)]);
      return { room, hasPages: held.files > 0 };
    },
    [profileId],
    (change) => change.store === "files",
  );
  if (state.status !== "ready" || !state.value.hasPages) return null;
  const { room } = state.value;
  if (room.persisted && !room.almostFull) return null;
  return (
    <div class="banner" data-tone="warn" role="status">
      <Icon name="alert-triangle" />
      <p>
        {room.almostFull ? t("person:durability.almostFull") : t("person:durability.notPersisted")}{" "}
        <a href="/export">{t("person:durability.export")}</a>
      </p>
    </div>
  );
}
