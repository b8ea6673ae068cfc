import { useState } from "preact/hooks";
import { changePin, WrongSecretError } from "@/storage";
import { BigButton } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { Icon } from "@/ui/icons";
import { Keypad } from "./Keypad";
import { usePrivacyT } from "./usePrivacyT";

type Step = "closed" | "old" | "new" | "confirm" | "saving" | "done" | "wrong" | "mismatch";

/** Changes the PIN: the old one, then the new one twice. Only the key's wrapping changes. */
export function ChangePin({ profileId }: { profileId: string }) {
  const { t } = usePrivacyT();
  const [step, setStep] = useState<Step>("closed");
  useFocusAfterStep(step);
  const [oldPin, setOldPin] = useState("");
  const [newPin, setNewPin] = useState("");
  const save = async (confirmed: string) => {
    if (confirmed !== newPin) return setStep("mismatch");
    setStep("saving");
    try {
      await changePin(profileId, oldPin, newPin);
      setStep("done");
    } catch (error) {
      if (!(error instanceof WrongSecretError)) console.error(error);
      setStep("wrong");
    }
  };
  if (step === "closed" || step === "done") {
    return (
      <>
        {step === "done" && (
          <div class="banner" data-tone="ok" role="status">
            <Icon name="check" />
            <p>{t("person:settings.pinChanged")}</p>
          </div>
        )}
        <BigButton icon="key" block onClick={() => setStep("old")}>
          {t("person:settings.changePin")}
        </BigButton>
      </>
    );
  }
  const prompt =
    step === "new"
      ? t("person:create.choosePin")
      : step === "confirm"
        ? t("person:create.confirmPin")
        : t("person:settings.oldPin");
  return (
    <section class="change-pin">
      {(step === "wrong" || step === "mismatch") && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="x" />
          <p>{step === "wrong" ? t("privacy:unlock.wrong") : t("person:create.mismatch")}</p>
        </div>
      )}
      <p class="lead">{prompt}</p>
      <Keypad
        label={prompt}
        disabled={step === "saving"}
        onComplete={(typed) => {
          if (step === "new") {
            setNewPin(typed);
            setStep("confirm");
          } else if (step === "confirm") void save(typed);
          else {
            setOldPin(typed);
            setStep("new");
          }
        }}
      />
      <BigButton icon="x" onClick={() => setStep("closed")}>
        {t("person:settings.cancel")}
      </BigButton>
    </section>
  );
}
