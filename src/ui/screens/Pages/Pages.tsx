import { useRef, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { frenchT, hasText, useT } from "@/i18n";
import { activeProfileId, deletePage, listPages, type PageRecord, updatePage } from "@/storage";
import { BigButton, lookup, Screen, UndoToast } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { useObservable } from "@/ui/hooks/useObservable";
import { AdjustCorners } from "./AdjustCorners";
import { nextRotation } from "./newPageRecord";
import { PageList } from "./PageList";
import { QualityNotes } from "./QualityNotes";
import { useCaptureFlow } from "./useCaptureFlow";
import { useCaptureT } from "./useCaptureT";

/** The pages of one document: add them by photo or file, straighten, check, order, turn, retake, delete. */
export function Pages() {
  const { t } = useCaptureT();
  const documentId = useRoute().params.documentId ?? "";
  const here = `/pages/${encodeURIComponent(documentId)}`;
  // The document's name when the address names a catalogue document; the official French name beside it.
  const general = useT();
  const nameKey = `documents.${documentId}.name`;
  const known = hasText(`catalogue:${nameKey}`);
  const documentName = known ? lookup(general.t, "catalogue", nameKey) : undefined;
  const frenchName = known ? lookup(frenchT(), "catalogue", nameKey) : undefined;
  const profile = useObservable(activeProfileId);
  const pages = useLiveQuery(
    () => listPages(documentId),
    [documentId, profile],
    (c) => c.kind === "page",
  );
  const flow = useCaptureFlow(documentId, t);
  const { step, notice, fail } = flow;
  useFocusAfterStep(step.name);
  const [pendingDelete, setPendingDelete] = useState<PageRecord>();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const shown = pages.status === "ready" ? pages.value.filter((p) => p.id !== pendingDelete?.id) : [];
  /** Hands a chosen file to the flow, and clears the input so choosing the same file again works. */
  const onInput = (event: Event) => {
    if (!(event.currentTarget instanceof HTMLInputElement)) return;
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (file) void flow.choose(file);
  };
  const move = (page: PageRecord, by: -1 | 1) => {
    const order = [...shown];
    const from = order.indexOf(page);
    const [moved] = order.splice(from, 1);
    if (!moved) return;
    order.splice(from + by, 0, moved);
    Promise.all(
      order.map((p, i) => (p.order === i + 1 ? undefined : updatePage({ ...p, order: i + 1 }))),
    ).catch(fail);
  };
  const retake = (page?: PageRecord) => {
    flow.replacing.current = page;
    camera.current?.click();
  };
  const remove = (page: PageRecord) => {
    if (pendingDelete) deletePage(pendingDelete).catch(fail);
    setPendingDelete(page);
  };

  return (
    <Screen
      title={documentName ?? t("capture:pages.title")}
      back={known ? `/document/${encodeURIComponent(documentId)}` : "/"}
      here={here}
    >
      {known && (
        <p class="official">
          {frenchName !== documentName && <span lang="fr">{frenchName} — </span>}
          {t("capture:pages.title")}
        </p>
      )}
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden onChange={onInput} />
      <input ref={picker} type="file" accept="image/*,application/pdf" hidden onChange={onInput} />
      {notice && (
        <div class="notice" data-kind={notice.kind} role={notice.kind === "error" ? "alert" : "status"}>
          {notice.lines.map((line) => (
            <p key={line} data-listen>
              {line}
            </p>
          ))}
        </div>
      )}
      {step.name === "list" && (
        <>
          <p class="lead" data-listen>
            {t("capture:pages.intro")}
          </p>
          {flow.inboxCount > 0 && (
            <div class="notice" data-kind="done">
              <p data-listen>{t("capture:pages.inbox", { count: flow.inboxCount })}</p>
              <BigButton icon="download" variant="primary" onClick={() => flow.takeInbox().catch(fail)}>
                {t("capture:pages.takeInbox")}
              </BigButton>
            </div>
          )}
          {pages.status === "ready" && (
            <PageList
              pages={shown}
              onMove={move}
              onRotate={(p) => updatePage({ ...p, rotation: nextRotation(p.rotation) }).catch(fail)}
              onRetake={retake}
              onDelete={remove}
            />
          )}
          <div class="stack">
            <BigButton icon="camera" variant="primary" onClick={() => retake(undefined)}>
              {t("capture:pages.takePhoto")}
            </BigButton>
            <BigButton
              icon="photo"
              onClick={() => {
                flow.replacing.current = undefined;
                picker.current?.click();
              }}
            >
              {t("capture:pages.choose")}
            </BigButton>
          </div>
        </>
      )}
      {step.name === "working" && (
        <div class="stack" role="status">
          <p data-listen>{t("capture:pages.working")}</p>
          <BigButton icon="player-stop" onClick={flow.stop}>
            {t("capture:pages.stop")}
          </BigButton>
        </div>
      )}
      {step.name === "adjust" && (
        <AdjustCorners
          preview={step.analysis.preview}
          corners={step.analysis.corners}
          detected={step.analysis.detected}
          onSave={(choice) => flow.process(step.file, choice)}
          onCancel={flow.skip}
        />
      )}
      {step.name === "review" && (
        <QualityNotes
          page={step.rendered.page}
          flags={step.rendered.flags}
          onKeep={() => flow.keep(step.file, step.rendered, step.keepOriginal)}
          onRetake={() => retake(flow.replacing.current)}
        />
      )}
      {pendingDelete && (
        <UndoToast
          key={pendingDelete.id}
          message={t("capture:pages.deleted")}
          onUndo={() => setPendingDelete(undefined)}
          onExpire={() => {
            deletePage(pendingDelete).catch(fail);
            setPendingDelete(undefined);
          }}
        />
      )}
    </Screen>
  );
}
