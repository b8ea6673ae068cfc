import { useState } from "preact/hooks";
import type { Attempt } from "@/domain";
import { useT } from "@/i18n";
import { type AttemptDraft, activeProfileId, putFile, StorageFullError } from "@/storage";
import { Icon } from "@/ui/icons";
import { readScreenshot, type ScreenshotProblem } from "./screenshotFile";

interface AttemptDetailsProps {
  value: AttemptDraft & { id: string; kind: Attempt["kind"] };
  onChange: (patch: AttemptDraft) => void;
}

/** The optional details of an attempt; typed by the person or by the social worker beside them. */
export function AttemptDetails({ value, onChange }: AttemptDetailsProps) {
  const { t } = useT();
  const [problem, setProblem] = useState<ScreenshotProblem | "full">();
  const chooseScreenshot = async (file: File | undefined) => {
    if (!file) return;
    const read = await readScreenshot(file);
    if ("problem" in read) return setProblem(read.problem);
    const fileKey = `attempt-screenshot:${value.id}`;
    try {
      // Saved at once, so a reload before "save" keeps the picture.
      await putFile(activeProfileId.get(), fileKey, `attempt:${value.id}`, read.mimeType, read.bytes);
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
      {value.screenshot && (
        <p role="status">
          <Icon name="check" /> {t("followup:journal.screenshotAdded")}
        </p>
      )}
      {problem && (
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>
            {problem === "full"
              ? t("followup:journal.notSaved")
              : problem === "tooBig"
                ? t("followup:journal.screenshotTooBig")
                : t("followup:journal.screenshotNotImage")}
          </p>
        </div>
      )}
    </fieldset>
  );
}
