import { useEffect, useState } from "preact/hooks";
import { type PageRecord, readPageThumbnail } from "@/storage";
import { Icon } from "@/ui/icons";
import { useCaptureT } from "./useCaptureT";

/** A page's small picture, turned as the person asked; a PDF shows its pictogram and page count. */
export function PageThumbnail({ page, label }: { page: PageRecord; label: string }) {
  const { t } = useCaptureT();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (page.mimeType === "application/pdf") return;
    let alive = true;
    let made: string | undefined;
    readPageThumbnail(page).then(
      (blob) => {
        if (!alive || !blob) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [page.id, page.mimeType]);
  if (page.mimeType === "application/pdf") {
    return (
      <div class="page-thumb page-thumb--pdf">
        <Icon name="file-type-pdf" />
        <span>{t("capture:pages.pdfPageCount", { count: page.pdfPageCount ?? 0 })}</span>
      </div>
    );
  }
  return (
    <div class="page-thumb">
      {url && (
        <img
          src={url}
          alt={label}
          decoding="async"
          style={{ rotate: `${page.rotation}deg` }}
          data-rotation={page.rotation}
        />
      )}
    </div>
  );
}
