import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type BackupProblem, loadTransfer, type OpenedBackup } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { Icon } from "@/ui/icons";
import { Keypad } from "./Keypad";
import { usePrivacyT } from "./usePrivacyT";

type Step = "file" | "opening" | "how" | "exists" | "pin" | "confirm" | "saving";

/**
 * Receives a `.papiers` file: the six words open it, everything in it is checked, a person already on
 * this device is never replaced without asking, and the person then chooses a PIN for this device.
 */
export function ImportPerson() {
  const { t, language } = usePrivacyT();
  const { route } = useLocation();
  const [step, setStep] = useState<Step>("file");
  useFocusAfterStep(step);
  const [problem, setProblem] = useState<BackupProblem | "noFile" | "mismatch" | null>(null);
  const [backup, setBackup] = useState<OpenedBackup | null>(null);
  const [replace, setReplace] = useState(false);
  const [exists, setExists] = useState(false);
  const [pin, setPin] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const wordsInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const open = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setProblem("noFile");
    const controller = new AbortController();
    abort.current = controller;
    setStep("opening");
    setProblem(null);
    const { BackupError, openProfileBackup, profileExists } = await loadTransfer();
    try {
      // The File itself goes to the worker, which reads it: no copy of the whole file on the page.
      const opened = await openProfileBackup(file, wordsInput.current?.value ?? "", controller.signal);
      setBackup(opened);
      setExists(await profileExists(opened.id));
      setStep("how");
    } catch (error) {
      if (controller.signal.aborted) return;
      setProblem(error instanceof BackupError ? error.problem : "damaged");
      setStep("file");
    }
  };
  const save = async (confirmed: string) => {
    if (!backup) return;
    if (confirmed !== pin) {
      setProblem("mismatch");
      return setStep("pin");
    }
    setStep("saving");
    const { restoreProfile } = await loadTransfer();
    await restoreProfile(backup, { pin, replaceExisting: replace, language });
    route("/", true);
  };
  const openForVisit = async (opened: OpenedBackup) => {
    setStep("saving");
    const { restoreIntoDeskSession } = await loadTransfer();
    await restoreIntoDeskSession(opened);
    route("/", true);
  };
  return (
    <Screen title={t("person:import.title")} back="/" here="/import">
      {problem && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t(`person:import.problem.${problem}`)}</p>
        </div>
      )}
      {(step === "file" || step === "opening") && (
        <form class="import-form" onSubmit={open}>
          <p class="lead" data-listen>
            {t("person:import.intro")}
          </p>
          <label for="import-file">{t("person:import.file")}</label>
          <input id="import-file" ref={fileInput} type="file" accept=".papiers" />
          <label for="import-words">{t("person:import.words")}</label>
          <input
            id="import-words"
            ref={wordsInput}
            type="text"
            lang="fr"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
          />
          <BigButton icon="lock-open" variant="primary" type="submit">
            {t("person:import.open")}
          </BigButton>
          {step === "opening" && <p role="status">{t("person:import.opening")}</p>}
        </form>
      )}
      {step === "how" && backup && (
        <>
          <p class="lead" data-listen>
            {t("person:import.how")}
          </p>
          <div class="actions">
            <BigButton icon="lock" variant="primary" onClick={() => setStep(exists ? "exists" : "pin")}>
              {t("person:import.keepHere")}
            </BigButton>
            <BigButton icon="device-desktop" onClick={() => void openForVisit(backup)}>
              {t("person:import.visitOnly")}
            </BigButton>
          </div>
        </>
      )}
      {step === "exists" && (
        <>
          <p class="lead" data-listen>
            {t("person:import.exists")}
          </p>
          <div class="actions">
            <BigButton icon="user-plus" variant="primary" onClick={() => setStep("pin")}>
              {t("person:import.keepBoth")}
            </BigButton>
            <BigButton
              icon="refresh"
              onClick={() => {
                setReplace(true);
                setStep("pin");
              }}
            >
              {t("person:import.replace")}
            </BigButton>
          </div>
        </>
      )}
      {step === "pin" && (
        <>
          <p class="lead" data-listen>
            {t("person:import.choosePin")}
          </p>
          <Keypad
            label={t("person:create.choosePin")}
            onComplete={(typed) => {
              setPin(typed);
              setProblem(null);
              setStep("confirm");
            }}
          />
        </>
      )}
      {step === "confirm" && (
        <>
          <p class="lead">{t("person:create.confirmPin")}</p>
          <Keypad label={t("person:create.confirmPin")} onComplete={(typed) => void save(typed)} />
        </>
      )}
      {step === "saving" && (
        <p role="status" class="lead">
          {t("person:create.creating")}
        </p>
      )}
    </Screen>
  );
}
