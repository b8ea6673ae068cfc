import { useEffect, useMemo } from "preact/hooks";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** Whether this browser can hand this file to another app (Web Share API level 2). */
function canShare(file: File): boolean {
  return typeof navigator.canShare === "function" && navigator.canShare({ files: [file] });
}

/** A file made on the phone: a link that saves it, and "send" where the phone can share files. */
export function SaveOrShare({
  blob,
  name,
  type,
  saveLabel,
  shareLabel,
  primary,
}: {
  /** Made in the worker: a File made of a Blob refers to its bytes instead of copying them here. */
  blob: Blob;
  name: string;
  type: string;
  saveLabel: string;
  shareLabel?: string | undefined;
  primary?: boolean;
}) {
  const file = useMemo(() => new File([blob], name, { type }), [blob, name, type]);
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div class="button-row">
      <a class="big-button" data-variant={primary ? "primary" : "secondary"} href={url} download={name}>
        <Icon name="download" />
        <span>{saveLabel}</span>
      </a>
      {shareLabel && canShare(file) && (
        <BigButton icon="share" onClick={() => void navigator.share({ files: [file] }).catch(() => {})}>
          {shareLabel}
        </BigButton>
      )}
    </div>
  );
}
