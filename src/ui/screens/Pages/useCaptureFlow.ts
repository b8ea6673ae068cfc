import { useEffect, useRef, useState } from "preact/hooks";
import { type Analysis, analyseFile, processPhoto, type RenderedPage } from "@/capture";
import { shareInbox } from "@/lib/shareInbox";
import { addPage, deletePage, listPages, type PageBytes, type PageRecord } from "@/storage";
import type { AdjustChoice } from "./AdjustCorners";
import { newPageRecord } from "./newPageRecord";
import { refusalMessage } from "./refusalMessage";
import type { CaptureT } from "./useCaptureT";

/** Where the person is in adding a page. */
export type CaptureStep =
  | { name: "list" }
  | { name: "working" }
  | { name: "adjust"; file: File; analysis: Extract<Analysis, { kind: "image" }> }
  | { name: "review"; file: File; rendered: RenderedPage; keepOriginal: boolean };

/** A message above the page list: a refusal, or "saved". */
export interface CaptureNotice {
  kind: "error" | "done";
  lines: string[];
}

/**
 * The steps of adding a page, from a chosen file to a stored page: analyse (off the main thread), corners,
 * process, quality review, store. One job at a time, cancelled when the screen closes; received files
 * wait in a queue and go through the same steps one after another.
 */
export function useCaptureFlow(documentId: string, t: CaptureT) {
  const [step, setStep] = useState<CaptureStep>({ name: "list" });
  const [notice, setNotice] = useState<CaptureNotice>();
  const [inboxCount, setInboxCount] = useState(0);
  const replacing = useRef<PageRecord | undefined>(undefined);
  const job = useRef<AbortController | undefined>(undefined);
  const queue = useRef<File[]>([]);
  useEffect(() => {
    shareInbox.count().then(setInboxCount, (error: unknown) => console.error(error));
    return () => job.current?.abort();
  }, []);

  const next = () => {
    const file = queue.current.shift();
    if (file) void choose(file);
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
  // Bytes first, record last, then the retaken page goes: a full disk leaves the document as it was.
  const store = async (content: Parameters<typeof newPageRecord>[2], bytes: PageBytes) => {
    const old = replacing.current;
    await addPage(newPageRecord(documentId, await listPages(documentId), content, old, new Date()), bytes);
    if (old) await deletePage(old);
    replacing.current = undefined;
    setNotice({ kind: "done", lines: [t("capture:pages.saved")] });
    next();
  };
  const choose = async (file: File) => {
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
      { page: rendered.page, thumbnail: rendered.thumbnail, ...(keepOriginal ? { original: file } : {}) },
    ).catch(fail);
  const process = async (file: File, choice: AdjustChoice) => {
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
  const takeInbox = async () => {
    const files = await shareInbox.takeAll();
    setInboxCount(0);
    queue.current.push(...files.map((f) => new File([f.bytes], f.name, { type: f.type })));
    next();
  };
  const stop = () => {
    job.current?.abort();
    setStep({ name: "list" });
  };
  return { step, notice, inboxCount, replacing, choose, process, keep, takeInbox, stop, skip: next, fail };
}
