import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { deleteProfile, endDeskSession, listProfiles, lockNow, unlockedProfile } from "@/storage";
import { BigButton, Screen, UndoToast } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { useObservable } from "@/ui/hooks/useObservable";
import { Avatar } from "./avatars";
import { ChangePin } from "./ChangePin";
import { DurabilityBanner } from "./DurabilityBanner";
import { useAvatarName } from "./useAvatarName";
import { usePrivacyT } from "./usePrivacyT";

/** The unlocked person's own controls: lock, change the PIN, save a copy, delete. */
export function PersonSettings() {
  const { t } = usePrivacyT();
  const { route } = useLocation();
  const session = useObservable(unlockedProfile);
  const nameOf = useAvatarName(t);
  const people = useLiveQuery(listProfiles, [], (change) => change.store === "profiles");
  const [deleting, setDeleting] = useState(false);
  if (!session) return null;
  const me = people.status === "ready" ? people.value.find((p) => p.id === session.id) : undefined;
  return (
    <Screen title={t("person:settings.title")} back="/" here="/person">
      {session.kind === "desk" ? (
        <>
          <p class="lead" data-listen>
            {t("privacy:desk.notice")}
          </p>
          <BigButton icon="door-exit" variant="primary" block onClick={() => endDeskSession(session.id)}>
            {t("privacy:desk.end")}
          </BigButton>
        </>
      ) : (
        <>
          {me && (
            <p class="person-chosen">
              <Avatar id={me.avatar} size={72} />
              <span>{nameOf(me.avatar)}</span>
            </p>
          )}
          <DurabilityBanner profileId={session.id} />
          <div class="actions">
            <BigButton icon="lock" variant="primary" block onClick={lockNow}>
              {t("person:settings.lock")}
            </BigButton>
            <BigButton icon="download" block href="/export">
              {t("person:settings.export")}
            </BigButton>
            <ChangePin profileId={session.id} />
          </div>
          <h2>{t("person:settings.deleteTitle")}</h2>
          <p data-listen>{t("person:settings.deleteExplain")}</p>
          <p data-listen>{t("person:outside")}</p>
          <BigButton icon="trash" block onClick={() => setDeleting(true)}>
            {t("person:settings.delete")}
          </BigButton>
        </>
      )}
      {deleting && (
        <UndoToast
          message={t("person:settings.deleting")}
          onUndo={() => setDeleting(false)}
          onExpire={() => {
            void deleteProfile(session.id).then(() => route("/", true));
          }}
        />
      )}
    </Screen>
  );
}
