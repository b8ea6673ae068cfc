import { useEffect, useRef, useState } from "preact/hooks";
import { type Attempt, CCC_PHONE } from "@/domain";
import { loadNamespaces, useT } from "@/i18n";
import { type AttemptDraft, activeProfileId, putFile, StorageFullError } from "@/storage";
import { Icon } from "@/ui/icons";
import { compressScreenshot, type ScreenshotProblem } from "./screenshotFile";

interface AttemptDetailsProps {
  value: AttemptDraft & { id: string; kind: Attempt["kind"] };
  onChange: (patch: AttemptDraft) => void;
}

/** The optional details of an attempt; typed by the person or by the social worker beside them. */
export function AttemptDetails({ value, onChange }: AttemptDetailsProps) {
  const { t } = useT();
  const [problem, setProblem] = useState<ScreenshotProblem | "full">();
  const [working, setWorking] = useState(false);
  const job = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    // The capture flow's refusal words; loaded here, not by the route, to keep the start screen small.
    void loadNamespaces("capture");
    return () => job.current?.abort();
  }, []);
  const chooseScreenshot = async (file: File | undefined) => {
    if (!file) return;
    // Whose screenshot it is, fixed before the wait: a lock meanwhile must not send it elsewhere.
    const profileId = activeProfileId.get();
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setProblem(undefined);
    setWorking(true);
    const read = await compressScreenshot(file, controller.signal).finally(
      () => job.current === controller && setWorking(false),
    );
    if (controller.signal.aborted) return;
    if ("problem" in read) return setProblem(read.problem);
    // Prefixed with the person's id, as page keys are: keys share one store for everyone on the phone.
    const fileKey = `${profileId}:attempt-screenshot:${value.id}`;
    try {
      // Saved at once, so a reload before "save" keeps the picture.
      await putFile(profileId, fileKey, `attempt:${value.id}`, read.mimeType, read.bytes);
    } catch (error) {
      if (error instanceof StorageFullError) return setProblem("full");
      throw error;
    }
    setProblem(undefined);
    onChange({ screenshot: { fileKey, mimeType: read.mimeType } });
  };
  const text = (field: "note" | "ticket" | "place") => (event: Event) =>
    onChange({ [field]: (event.currentTarget as HTMLInputElement).value.trim() || undefined });
  return (
    <fieldset class="form-fields">
      <legend>{t("followup:journal.details")}</legend>
      <p>{t("followup:journal.optional")}</p>
      {value.kind === "cccCall" && (
        <div class="ccc-phone">
          <p data-listen>{t("followup:journal.cccNumber")}</p>
          <a class="big-button" href={`tel:${CCC_PHONE.number.replaceAll(" ", "")}`}>
            <Icon name="phone" />
            <bdi dir="ltr">{CCC_PHONE.number}</bdi>
          </a>
        </div>
      )}
      {value.kind === "cccCall" && (
        <label>
          {t("followup:journal.ticket")}
          <input
            type="text"
            dir="auto"
            defaultValue={value.ticket ?? ""}
            onChange={text("ticket")}
            maxLength={80}
          />
        </label>
      )}
      {value.kind === "panVisit" && (
        <label>
          {t("followup:journal.place")}
          <input
            type="text"
            dir="auto"
            defaultValue={value.place ?? ""}
            onChange={text("place")}
            maxLength={200}
          />
        </label>
      )}
      <label>
        {t(`followup:journal.note.${value.kind}`)}
        <textarea
          dir="auto"
          rows={4}
          defaultValue={value.note ?? ""}
          onChange={text("note")}
          maxLength={2000}
        />
      </label>
      {(value.kind === "anefError" || value.kind === "appointmentUnavailable") && (
        <label class="big-button file-button">
          <Icon name="camera" />
          <span>{t("followup:journal.screenshot")}</span>
          <input
            type="file"
            accept="image/*"
            class="visually-hidden"
            onChange={(event) => void chooseScreenshot(event.currentTarget.files?.[0])}
          />
        </label>
      )}
      {working && (
        <p role="status">
          <Icon name="hourglass" /> {t("followup:journal.screenshotWorking")}
        </p>
      )}
      {value.screenshot && !working && (
        <p role="status">
          <Icon name="check" /> {t("followup:journal.screenshotAdded")}
        </p>
      )}
      {problem && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{problemLines(t, problem).join(" ")}</p>
        </div>
      )}
    </fieldset>
  );
}

/** The same plain words as the capture flow for a refused picture (HEIC, too large, damaged…). */
function problemLines(t: ReturnType<typeof useT>["t"], problem: ScreenshotProblem | "full"): string[] {
  switch (problem) {
    case "full":
      return [t("followup:journal.notSaved")];
    case "notImage":
      return [t("followup:journal.screenshotNotImage")];
    case "heic":
      return [t("capture:refused.heic"), t("capture:refused.heicHow")];
    default:
      return [t(`capture:refused.${problem}`)];
  }
}
