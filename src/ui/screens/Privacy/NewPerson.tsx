import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { createProfile } from "@/storage";
import { BigButton, Screen, StepProgress } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { Icon } from "@/ui/icons";
import { AvatarPicker } from "./AvatarPicker";
import type { AvatarId } from "./avatars";
import { Keypad } from "./Keypad";
import { usePrivacyT } from "./usePrivacyT";

type Step = "avatar" | "pin" | "confirm" | "picture" | "creating" | "failed";
const STEPS: readonly Step[] = ["avatar", "pin", "confirm", "picture"];

/**
 * Adds a person: a picture instead of a name, a 6-digit PIN typed twice on Papiers' keypad, the plain
 * warning that a forgotten PIN cannot be recovered, and an optional, weaker secret picture (WCAG 3.3.8).
 */
export function NewPerson() {
  const { t, language } = usePrivacyT();
  const { route } = useLocation();
  const [step, setStep] = useState<Step>("avatar");
  useFocusAfterStep(step);
  const [avatar, setAvatar] = useState<AvatarId>("cat");
  const [pin, setPin] = useState("");
  const [mismatch, setMismatch] = useState(false);

  const create = async (secretPicture?: AvatarId) => {
    setStep("creating");
    try {
      await createProfile({ avatar, pin, secretPicture, language });
      route("/", true);
    } catch (error) {
      console.error(error);
      setStep("failed");
    }
  };
  const index = STEPS.indexOf(step);
  return (
    <Screen title={t("person:create.title")} back="/" here="/new">
      {index >= 0 && <StepProgress current={index + 1} total={STEPS.length} />}
      {step === "avatar" && (
        <>
          <p class="lead" data-listen>
            {t("person:create.chooseAvatar")}
          </p>
          <AvatarPicker
            label={t("person:create.chooseAvatar")}
            onPick={(id) => {
              setAvatar(id);
              setStep("pin");
            }}
          />
        </>
      )}
      {step === "pin" && (
        <>
          <p class="lead" data-listen>
            {t("person:create.choosePin")}
          </p>
          {mismatch && (
            <div class="banner" data-tone="danger" role="alert">
              <Icon name="x" />
              <p>{t("person:create.mismatch")}</p>
            </div>
          )}
          <div class="banner" data-tone="warn">
            <Icon name="alert-triangle" />
            <p data-listen>
              {t("person:create.noRecovery")} {t("person:create.backupHint")}
            </p>
          </div>
          <Keypad
            label={t("person:create.choosePin")}
            onComplete={(typed) => {
              setPin(typed);
              setMismatch(false);
              setStep("confirm");
            }}
          />
        </>
      )}
      {step === "confirm" && (
        <>
          <p class="lead" data-listen>
            {t("person:create.confirmPin")}
          </p>
          <Keypad
            label={t("person:create.confirmPin")}
            onComplete={(typed) => {
              if (typed === pin) return setStep("picture");
              setMismatch(true);
              setStep("pin");
            }}
          />
        </>
      )}
      {step === "picture" && (
        <>
          <h2>{t("person:create.pictureTitle")}</h2>
          <p data-listen>{t("person:create.pictureExplain")}</p>
          <BigButton icon="key" variant="primary" block onClick={() => create()}>
            {t("person:create.skipPicture")}
          </BigButton>
          <AvatarPicker label={t("person:create.pictureTitle")} onPick={(id) => create(id)} />
        </>
      )}
      {step === "creating" && (
        <p role="status" class="lead">
          {t("person:create.creating")}
        </p>
      )}
      {step === "failed" && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("person:create.failed")}</p>
        </div>
      )}
    </Screen>
  );
}
