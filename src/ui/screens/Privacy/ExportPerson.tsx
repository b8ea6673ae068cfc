import { useEffect, useRef, useState } from "preact/hooks";
import { loadTransfer, unlockedProfile } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useObservable } from "@/ui/hooks/useObservable";
import { Icon } from "@/ui/icons";
import { usePrivacyT } from "./usePrivacyT";

type Status = "ready" | "working" | "shared" | "saved" | "failed";

/** Offers the file to the phone's share sheet where it can, else downloads it. */
async function handOver(file: File): Promise<"shared" | "saved"> {
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return "saved";
}

/**
 * Saves the person's whole file as one encrypted `.papiers` file, opened by six words shown here (and
 * printable). This is the backup, and how a file moves to a social worker's computer.
 */
export function ExportPerson() {
  const { t } = usePrivacyT();
  const session = useObservable(unlockedProfile);
  const [words, setWords] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>("ready");
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    loadTransfer()
      .then((transfer) => setWords(transfer.generatePassphrase()))
      .catch(() => setStatus("failed"));
    return () => abort.current?.abort();
  }, []);
  if (!session) return null;
  const save = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStatus("working");
    try {
      const { exportProfileBlob } = await loadTransfer();
      const blob = await exportProfileBlob(session.id, words.join(" "), { signal: controller.signal });
      // A File made of a Blob refers to its bytes: no copy of the whole dossier on the page.
      const file = new File([blob], "papiers.papiers", { type: "application/octet-stream" });
      setStatus(await handOver(file));
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof DOMException && error.name === "AbortError") return setStatus("ready");
      console.error(error);
      setStatus("failed");
    }
  };
  return (
    <Screen title={t("person:export.title")} back="/person" here="/export">
      <p class="lead" data-listen>
        {t("person:export.intro")}
      </p>
      <ol class="passphrase" lang="fr" aria-label={t("person:export.words")}>
        {words.map((word, index) => (
          <li key={index}>{word}</li>
        ))}
      </ol>
      <p data-listen>{t("person:export.keepWords")}</p>
      <div class="actions">
        <BigButton icon="printer" onClick={() => window.print()}>
          {t("person:export.print")}
        </BigButton>
        <BigButton
          icon="share"
          variant="primary"
          onClick={() => (words.length > 0 ? void save() : undefined)}
        >
          {t("person:export.save")}
        </BigButton>
      </div>
      {status === "working" && (
        <p role="status" class="lead">
          {t("person:export.working")}
        </p>
      )}
      {(status === "shared" || status === "saved") && (
        <div class="banner" data-tone="ok" role="status">
          <Icon name="check" />
          <p>{status === "shared" ? t("person:export.shared") : t("person:export.saved")}</p>
        </div>
      )}
      {status === "failed" && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("person:export.failed")}</p>
        </div>
      )}
    </Screen>
  );
}
