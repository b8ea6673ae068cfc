import { useEffect, useState } from "preact/hooks";
import { type CleanLook, type Point, type Quad, WHOLE_PHOTO } from "@/capture";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { CornerHandles } from "./CornerHandles";
import { useCaptureT } from "./useCaptureT";

/** What the person chose on the corner step. */
export interface AdjustChoice {
  corners: Quad;
  look: CleanLook;
  keepOriginal: boolean;
}

interface AdjustCornersProps {
  preview: Blob;
  corners: Quad;
  detected: boolean;
  onSave: (choice: AdjustChoice) => void;
  onCancel: () => void;
}

/** The corner step: check or move the corners, choose the clean-up, then save; or keep the whole photo in one tap. */
export function AdjustCorners({ preview, corners: found, detected, onSave, onCancel }: AdjustCornersProps) {
  const { t } = useCaptureT();
  const [url, setUrl] = useState<string>();
  const [corners, setCorners] = useState<Quad>(found);
  const [look, setLook] = useState<CleanLook>("colour");
  const [keepOriginal, setKeepOriginal] = useState(false);
  useEffect(() => {
    const made = URL.createObjectURL(preview);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [preview]);
  const move = (index: number, point: Point) => {
    const next = corners.map((p, i) => (i === index ? point : p));
    const [a, b, c, d] = next;
    if (a && b && c && d) setCorners([a, b, c, d]);
  };
  return (
    <section class="stack" aria-labelledby="adjust-title">
      <h2 id="adjust-title">{t("capture:adjust.title")}</h2>
      <p data-listen>{t(detected ? "capture:adjust.found" : "capture:adjust.notFound")}</p>
      <p data-listen>{t("capture:adjust.help")}</p>
      <p id="corner-keyboard" class="source">
        {t("capture:adjust.keyboard")}
      </p>
      {url && <CornerHandles imageUrl={url} corners={corners} onChange={move} />}
      <BigButton icon="maximize" onClick={() => onSave({ corners: WHOLE_PHOTO, look, keepOriginal })}>
        {t("capture:adjust.whole")}
      </BigButton>
      <fieldset class="look-choice">
        <legend>{t("capture:adjust.look.legend")}</legend>
        {(["colour", "scan"] as const).map((option) => (
          <label key={option} class="choice">
            <input type="radio" name="look" checked={look === option} onChange={() => setLook(option)} />
            <Icon name={option === "colour" ? "palette" : "photo-scan"} />
            <span>{t(`capture:adjust.look.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          checked={keepOriginal}
          onChange={(event) => setKeepOriginal(event.currentTarget.checked)}
        />
        <Icon name="photo" />
        <span>{t("capture:adjust.keepOriginal")}</span>
      </label>
      <BigButton icon="check" variant="primary" onClick={() => onSave({ corners, look, keepOriginal })}>
        {t("capture:adjust.save")}
      </BigButton>
      <BigButton icon="x" variant="quiet" onClick={onCancel}>
        {t("capture:adjust.cancel")}
      </BigButton>
    </section>
  );
}
