import { useEffect, useState } from "preact/hooks";
import type { QualityFlag } from "@/capture";
import { BigButton } from "@/ui/components";
import { Icon, type IconName } from "@/ui/icons";
import { useCaptureT } from "./useCaptureT";

/** One concrete pictogram per problem, always beside its words (UX.md §1.2). */
const pictogram: Record<QualityFlag, IconName> = {
  dark: "moon",
  blurry: "blur",
  small: "resize",
  cutOff: "crop",
};

/** The quality problems of a stored page, as small pictograms with their words. */
export function QualityFlags({ flags }: { flags: readonly QualityFlag[] }) {
  const { t } = useCaptureT();
  if (flags.length === 0) return null;
  return (
    <ul class="quality-flags">
      {flags.map((flag) => (
        <li key={flag}>
          <Icon name={pictogram[flag]} />
          <span>{t(`capture:quality.${flag}`)}</span>
        </li>
      ))}
    </ul>
  );
}

interface QualityNotesProps {
  page: Blob;
  flags: readonly QualityFlag[];
  onKeep: () => void;
  onRetake: () => void;
}

/** After processing: what is wrong with the page, in plain words; the person may keep it anyway. */
export function QualityNotes({ page, flags, onKeep, onRetake }: QualityNotesProps) {
  const { t } = useCaptureT();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(page);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [page]);
  return (
    <section class="stack" aria-labelledby="quality-title">
      <h2 id="quality-title">
        <Icon name="alert-triangle" /> {t("capture:quality.title")}
      </h2>
      <ul class="quality-notes">
        {flags.map((flag) => (
          <li key={flag} data-listen>
            <Icon name={pictogram[flag]} />
            <span>{t(`capture:quality.${flag}`)}</span>
          </li>
        ))}
      </ul>
      {url && <img class="page-result" decoding="async" src={url} alt={t("capture:quality.preview")} />}
      <BigButton icon="check" variant="primary" onClick={onKeep}>
        {t("capture:quality.keep")}
      </BigButton>
      <BigButton icon="camera" onClick={onRetake}>
        {t("capture:quality.retake")}
      </BigButton>
    </section>
  );
}
