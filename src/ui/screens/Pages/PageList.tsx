import type { ComponentChildren } from "preact";
import type { PageRecord } from "@/storage";
import { Icon, type IconName } from "@/ui/icons";
import { PageThumbnail } from "./PageThumbnail";
import { QualityFlags } from "./QualityNotes";
import { useCaptureT } from "./useCaptureT";

interface PageListProps {
  pages: readonly PageRecord[];
  onMove: (page: PageRecord, by: -1 | 1) => void;
  onRotate: (page: PageRecord) => void;
  onRetake: (page: PageRecord) => void;
  onDelete: (page: PageRecord) => void;
}

/** A small action with its icon and visible label, described by the page it acts on. */
function Action(props: {
  icon: IconName;
  describedBy: string;
  onClick: () => void;
  disabled?: boolean;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="big-button"
      data-variant="quiet"
      aria-describedby={props.describedBy}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      <Icon name={props.icon} />
      <span>{props.children}</span>
    </button>
  );
}

/** The pages of a document, in order, each with its thumbnail and its actions. */
export function PageList({ pages, onMove, onRotate, onRetake, onDelete }: PageListProps) {
  const { t } = useCaptureT();
  if (pages.length === 0) return <p data-listen>{t("capture:pages.empty")}</p>;
  return (
    <ol class="page-list" aria-label={t("capture:pages.listLabel")}>
      {pages.map((page, index) => {
        const labelId = `page-label-${page.id}`;
        const label = t("capture:pages.pageNumber", { number: index + 1 });
        return (
          <li key={page.id} class="page-card">
            <PageThumbnail page={page} label={label} />
            <div class="page-card__body">
              <p id={labelId} class="page-card__label">
                {label}
              </p>
              <QualityFlags flags={page.qualityFlags} />
              <div class="page-card__actions">
                <Action
                  icon="arrow-up"
                  describedBy={labelId}
                  onClick={() => onMove(page, -1)}
                  disabled={index === 0}
                >
                  {t("capture:pages.moveUp")}
                </Action>
                <Action
                  icon="arrow-down"
                  describedBy={labelId}
                  onClick={() => onMove(page, 1)}
                  disabled={index === pages.length - 1}
                >
                  {t("capture:pages.moveDown")}
                </Action>
                {page.mimeType === "image/jpeg" && (
                  <Action icon="rotate-clockwise" describedBy={labelId} onClick={() => onRotate(page)}>
                    {t("capture:pages.rotate")}
                  </Action>
                )}
                <Action icon="camera" describedBy={labelId} onClick={() => onRetake(page)}>
                  {t("capture:pages.retake")}
                </Action>
                <Action icon="trash" describedBy={labelId} onClick={() => onDelete(page)}>
                  {t("capture:pages.delete")}
                </Action>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
