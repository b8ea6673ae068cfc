import { useEffect, useRef, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { type Analysis, analyseFile, processPhoto, type RenderedPage } from "@/capture";
import { shareInbox } from "@/lib/shareInbox";
import { activeProfileId, addPage, deletePage, listPages, type PageRecord, updatePage } from "@/storage";
import { BigButton, Screen, UndoToast } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { useObservable } from "@/ui/hooks/useObservable";
import { type AdjustChoice, AdjustCorners } from "./AdjustCorners";
import { newPageRecord, nextRotation } from "./newPageRecord";
import { PageList } from "./PageList";
import { QualityNotes } from "./QualityNotes";
import { refusalMessage } from "./refusalMessage";
import { useCaptureT } from "./useCaptureT";
import "./Pages.css";

type Step =
  | { name: "list" }
  | { name: "working" }
  | { name: "adjust"; file: File; analysis: Extract<Analysis, { kind: "image" }> }
  | { name: "review"; file: File; rendered: RenderedPage; keepOriginal: boolean };

/** The pages of one document: add them by photo or file, straighten, check, order, turn, retake, delete. */
export function Pages() {
  const { t } = useCaptureT();
  const documentId = useRoute().params.documentId ?? "";
  const here = `/pages/${encodeURIComponent(documentId)}`;
  const profile = useObservable(activeProfileId);
  const pages = useLiveQuery(
    () => listPages(documentId),
    [documentId, profile],
    (c) => c.kind === "page",
  );
  const [step, setStep] = useState<Step>({ name: "list" });
  const [notice, setNotice] = useState<{ kind: "error" | "done"; lines: string[] }>();
  const [pendingDelete, setPendingDelete] = useState<PageRecord>();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const replacing = useRef<PageRecord | undefined>(undefined);
  const job = useRef<AbortController | undefined>(undefined);
  const queue = useRef<File[]>([]);
  const [inboxCount, setInboxCount] = useState(0);
  useEffect(() => {
    shareInbox.count().then(setInboxCount, (error: unknown) => console.error(error));
    return () => job.current?.abort();
  }, []);

  const shown = pages.status === "ready" ? pages.value.filter((p) => p.id !== pendingDelete?.id) : [];
  /** Goes on with the next received file, if any, else back to the list. */
  const next = () => {
    const file = queue.current.shift();
    if (file) void onFile(file);
    else setStep({ name: "list" });
  };
  const fail = (error: unknown) => {
    const lines = refusalMessage(t, error);
    setNotice(lines ? { kind: "error", lines } : undefined);
    next();
  };
  const begin = () => {
    job.current?.abort();
    job.current = new AbortController();
    setNotice(undefined);
    setStep({ name: "working" });
    return job.current.signal;
  };
  const store = async (
    content: Parameters<typeof newPageRecord>[2],
    bytes: Parameters<typeof addPage>[1],
  ) => {
    const existing = await listPages(documentId);
    const old = replacing.current;
    await addPage(newPageRecord(documentId, existing, content, old, new Date()), bytes);
    if (old) await deletePage(old);
    replacing.current = undefined;
    setNotice({ kind: "done", lines: [t("capture:pages.saved")] });
    next();
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const signal = begin();
    try {
      const analysis = await analyseFile(file, { signal });
      if (analysis.kind === "pdf")
        await store({ kind: "pdf", file, pageCount: analysis.pageCount }, { page: file });
      else setStep({ name: "adjust", file, analysis });
    } catch (error) {
      fail(error);
    }
  };
  const keep = (file: File, rendered: RenderedPage, keepOriginal: boolean) =>
    store(
      { kind: "photo", rendered, keepsOriginal: keepOriginal },
      keepOriginal ? { page: rendered.page, thumbnail: rendered.thumbnail, original: file } : rendered,
    ).catch(fail);
  const onSave = async (file: File, choice: AdjustChoice) => {
    const signal = begin();
    try {
      const rendered = await processPhoto(file, { corners: choice.corners, look: choice.look, signal });
      if (rendered.flags.length > 0)
        setStep({ name: "review", file, rendered, keepOriginal: choice.keepOriginal });
      else await keep(file, rendered, choice.keepOriginal);
    } catch (error) {
      fail(error);
    }
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
  const takeInbox = async () => {
    const files = await shareInbox.takeAll();
    setInboxCount(0);
    queue.current.push(...files.map((f) => new File([f.bytes], f.name, { type: f.type })));
    next();
  };
  const retake = (page?: PageRecord) => {
    replacing.current = page;
    camera.current?.click();
  };
  const remove = (page: PageRecord) => {
    if (pendingDelete) deletePage(pendingDelete).catch(fail);
    setPendingDelete(page);
  };

  return (
    <Screen title={t("capture:pages.title")} back="/" here={here}>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
      <input
        ref={picker}
        type="file"
        accept="image/*,application/pdf"
        hidden
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
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
          {inboxCount > 0 && (
            <div class="notice" data-kind="done">
              <p data-listen>{t("capture:pages.inbox", { count: inboxCount })}</p>
              <BigButton icon="download" variant="primary" onClick={() => takeInbox().catch(fail)}>
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
                replacing.current = undefined;
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
          <BigButton
            icon="player-stop"
            onClick={() => {
              job.current?.abort();
              setStep({ name: "list" });
            }}
          >
            {t("capture:pages.stop")}
          </BigButton>
        </div>
      )}
      {step.name === "adjust" && (
        <AdjustCorners
          preview={step.analysis.preview}
          corners={step.analysis.corners}
          detected={step.analysis.detected}
          onSave={(choice) => onSave(step.file, choice)}
          onCancel={next}
        />
      )}
      {step.name === "review" && (
        <QualityNotes
          page={step.rendered.page}
          flags={step.rendered.flags}
          onKeep={() => keep(step.file, step.rendered, step.keepOriginal)}
          onRetake={() => retake(replacing.current)}
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
