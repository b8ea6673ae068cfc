import { useEffect, useState } from "preact/hooks";
import { listProfiles, type ProfileSummary, TooSoonError, type UnlockMethod, unlockProfile } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { AvatarPicker } from "./AvatarPicker";
import { Avatar } from "./avatars";
import { Keypad } from "./Keypad";
import { useAvatarName } from "./useAvatarName";
import { usePrivacyT } from "./usePrivacyT";

type Status = "idle" | "opening" | "wrong";

/** Asks the chosen person for their PIN (or secret picture); wrong tries slow down the next ones. */
export function UnlockPerson({
  profile,
  here,
  onCancel,
}: {
  profile: ProfileSummary;
  here: string;
  onCancel: () => void;
}) {
  const { t, language } = usePrivacyT();
  const nameOf = useAvatarName(t);
  const [method, setMethod] = useState<UnlockMethod>("pin");
  const [status, setStatus] = useState<Status>("idle");
  const [retryAt, setRetryAt] = useState(profile.retryAt);
  const [now, setNow] = useState(Date.now());
  const waiting = retryAt > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(retryAt - now, 60_000));
    return () => clearTimeout(timer);
  }, [waiting, retryAt, now]);

  const attempt = async (secret: string) => {
    setStatus("opening");
    try {
      await unlockProfile(profile.id, method, secret);
      // The guard now shows the screen that was locked.
    } catch (error) {
      const current = (await listProfiles()).find((p) => p.id === profile.id);
      setRetryAt(error instanceof TooSoonError ? error.retryAt : (current?.retryAt ?? 0));
      setNow(Date.now());
      setStatus(error instanceof TooSoonError ? "idle" : "wrong");
    }
  };
  // Made only when a wait is shown: the first Intl.DateTimeFormat of a page loads ICU's date data, a long
  // task (42–111 ms in Chromium on this project's machines) on the screen every unlock goes through.
  const timeOfDay = (at: number) =>
    new Intl.DateTimeFormat(`${language}-u-nu-latn`, { hour: "2-digit", minute: "2-digit" }).format(at);
  const busy = status === "opening" || waiting;
  return (
    <Screen
      title={method === "pin" ? t("privacy:unlock.title") : t("privacy:unlock.pictureTitle")}
      here={here}
    >
      <p class="person-chosen">
        <Avatar id={profile.avatar} size={72} />
        <span>{nameOf(profile.avatar)}</span>
      </p>
      {status === "wrong" && !waiting && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="x" />
          <p>{method === "pin" ? t("privacy:unlock.wrong") : t("privacy:unlock.wrongPicture")}</p>
        </div>
      )}
      {waiting && (
        <div class="banner" data-tone="warn" role="alert">
          <Icon name="clock" />
          <p>{t("privacy:unlock.wait", { time: timeOfDay(retryAt) })}</p>
        </div>
      )}
      {method === "pin" ? (
        <Keypad label={t("privacy:unlock.title")} onComplete={attempt} disabled={busy} />
      ) : (
        <AvatarPicker label={t("privacy:unlock.pictureTitle")} onPick={attempt} disabled={busy} />
      )}
      {status === "opening" && (
        <p role="status" class="lead">
          {t("privacy:unlock.opening")}
        </p>
      )}
      <p class="note" data-listen>
        {t("privacy:unlock.slowNote")}
      </p>
      <div class="actions">
        {profile.hasPictureUnlock && (
          <BigButton
            icon={method === "pin" ? "photo" : "key"}
            onClick={() => {
              setMethod(method === "pin" ? "picture" : "pin");
              setStatus("idle");
            }}
          >
            {method === "pin" ? t("privacy:unlock.usePicture") : t("privacy:unlock.usePin")}
          </BigButton>
        )}
        <BigButton icon="arrow-left" onClick={onCancel}>
          {t("privacy:unlock.notMe")}
        </BigButton>
      </div>
    </Screen>
  );
}
