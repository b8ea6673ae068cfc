import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { applyUpdate, updateReady } from "@/offline";
import { listProfiles, type ProfileSummary, startDeskSession } from "@/storage";
import { BigButton, Screen, Tile } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { useObservable } from "@/ui/hooks/useObservable";
import { Icon } from "@/ui/icons";
import { Avatar } from "./avatars";
import { UnlockPerson } from "./UnlockPerson";
import { useAvatarName } from "./useAvatarName";
import { usePrivacyT } from "./usePrivacyT";

/**
 * What every screen with personal data shows while Papiers is locked: the people on this phone as the
 * pictures they chose (never names), and the ways to add a person, open a desk session or receive a file.
 * It stays at the locked screen's address, so unlocking returns there.
 */
export function LockScreen() {
  const { t } = usePrivacyT();
  const { url } = useLocation();
  const nameOf = useAvatarName(t);
  const people = useLiveQuery(listProfiles, [], (change) => change.store === "profiles");
  const [chosen, setChosen] = useState<ProfileSummary | null>(null);
  const [deskFailed, setDeskFailed] = useState(false);
  // The start screen interrupts no task: like the home screen, it offers a waiting new version.
  const updateWaiting = useObservable(updateReady);
  if (chosen) return <UnlockPerson profile={chosen} here={url} onCancel={() => setChosen(null)} />;
  // Nothing below the title until the people are read: drawing the empty screen first would make
  // everything jump down when their pictures arrive.
  if (people.status === "loading")
    return (
      <Screen title={t("privacy:start.title")} here={url}>
        {null}
      </Screen>
    );
  const list = people.status === "ready" ? people.value : [];
  return (
    <Screen title={t("privacy:start.title")} here={url}>
      {updateWaiting && (
        <div class="banner" role="status">
          <Icon name="refresh" />
          <p>{t("update.ready")}</p>
          <BigButton icon="refresh" variant="primary" onClick={applyUpdate}>
            {t("update.apply")}
          </BigButton>
        </div>
      )}
      <p class="lead" data-listen>
        {list.length > 0 ? t("privacy:start.intro") : t("privacy:start.empty")}
      </p>
      {list.length > 0 && (
        <ul class="tiles avatar-tiles" aria-label={t("privacy:start.people")}>
          {list.map((person) => (
            <li key={person.id}>
              <button type="button" class="tile" onClick={() => setChosen(person)}>
                <Avatar id={person.avatar} />
                <span>{nameOf(person.avatar)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul class="tiles start-actions">
        <Tile href="/new" icon="user-plus">
          {t("privacy:start.add")}
        </Tile>
        <Tile href="/import" icon="file-import">
          {t("privacy:start.import")}
        </Tile>
        <li>
          <button
            type="button"
            class="tile"
            onClick={() => startDeskSession().catch(() => setDeskFailed(true))}
          >
            <Icon name="device-desktop" />
            <span>{t("privacy:start.desk")}</span>
          </button>
        </li>
      </ul>
      {deskFailed && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("privacy:start.deskFailed")}</p>
        </div>
      )}
      <p class="start-wipe">
        <BigButton href="/wipe" icon="trash" variant="quiet">
          {t("privacy:start.wipe")}
        </BigButton>
      </p>
    </Screen>
  );
}
