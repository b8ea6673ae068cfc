import { useState } from "preact/hooks";
import { useT } from "@/i18n";
import {
  type BordereauEntry,
  DEFAULT_UPLOAD_LIMIT,
  loadPacket,
  UPLOAD_LIMITS,
  type UploadFile,
  type UploadsResult,
} from "@/print";
import { ToConfirm } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { Icon, type IconName } from "@/ui/icons";
import { JobProgress } from "./JobProgress";
import { Problems } from "./Problems";
import { readPieces } from "./readPieces";
import { SaveOrShare } from "./SaveOrShare";
import { useJob } from "./useJob";

const MB = 1024 * 1024;
const outcomeIcon: Record<UploadFile["outcome"], IconName> = {
  ok: "check",
  smaller: "resize",
  tooBig: "alert-triangle",
};

/** One PDF per ready document for upload forms, under a size limit the person chooses, and a zip. */
export function UploadFiles({ bordereau }: { bordereau: readonly BordereauEntry[] }) {
  const { t } = useT();
  const [limit, setLimit] = useState(DEFAULT_UPLOAD_LIMIT);
  const job = useJob<UploadsResult<Blob>>();
  useFocusAfterStep(job.state.status);
  const megabytes = (bytes: number) => t("packet:uploads.megabytes", { value: (bytes / MB).toFixed(1) });
  const build = () =>
    job.start(async (signal, progress) => {
      const { pieces, problems } = await readPieces(bordereau, signal, progress);
      const { buildUploads } = await loadPacket();
      const result = await buildUploads(pieces, limit, { signal, onProgress: progress });
      return { ...result, problems: [...problems, ...result.problems] };
    });
  const working = job.state.status === "working";
  return (
    <section class="card stack" aria-labelledby="uploads-title">
      <h2 id="uploads-title">
        <Icon name="upload" /> {t("packet:uploads.title")}
      </h2>
      <p data-listen>{t("packet:uploads.intro")}</p>
      <fieldset class="choice-row" disabled={working}>
        <legend>{t("packet:uploads.limit")}</legend>
        {UPLOAD_LIMITS.map((value) => (
          <label key={value} class="choice-pill">
            <input type="radio" name="limit" checked={limit === value} onChange={() => setLimit(value)} />
            <span>{t("packet:uploads.megabytes", { value: value / MB })}</span>
          </label>
        ))}
      </fieldset>
      <p class="fact" data-listen>
        <Icon name="info-circle" /> <span>{t("packet:uploads.limitNote")}</span>
      </p>
      <ToConfirm />
      {!working && (
        <button type="button" class="big-button" data-variant="primary" onClick={() => void build()}>
          <Icon name="file-type-pdf" />
          <span>{t("packet:uploads.build")}</span>
        </button>
      )}
      <JobProgress state={job.state} onCancel={job.cancel} />
      {job.state.status === "done" && (
        <>
          <Problems problems={job.state.result.problems} bordereau={bordereau} />
          <SaveOrShare
            blob={job.state.result.zip}
            name="papiers-fichiers.zip"
            type="application/zip"
            saveLabel={t("packet:uploads.zip")}
            primary
          />
          <h3>{t("packet:uploads.files")}</h3>
          <ul class="plain-list stack">
            {job.state.result.files.map((file) => (
              <li key={file.name} class="upload-file" data-outcome={file.outcome}>
                <p lang="fr" dir="ltr" class="upload-file__name">
                  {file.name}
                </p>
                <p>
                  <Icon name={outcomeIcon[file.outcome]} /> {t(`packet:uploads.${file.outcome}`)} —{" "}
                  <bdi>{megabytes(file.bytes.size)}</bdi>
                </p>
                <SaveOrShare
                  blob={file.bytes}
                  name={file.name}
                  type="application/pdf"
                  saveLabel={t("packet:build.download")}
                  shareLabel={t("packet:uploads.shareOne")}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
