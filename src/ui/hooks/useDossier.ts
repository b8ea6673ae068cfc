import type { Answers, DocumentDates, DocumentStatus } from "@/domain";
import {
  activeProfileId,
  DOCUMENT_DATES_KIND,
  loadAnswers,
  loadDocumentDates,
  loadDocumentStatuses,
} from "@/storage";
import { type LiveQueryState, useLiveQuery } from "./useLiveQuery";
import { useObservable } from "./useObservable";

/** The active profile's answers, read again after every write (in this tab or another). */
export function useAnswers(): LiveQueryState<Answers> {
  const profile = useObservable(activeProfileId);
  return useLiveQuery(loadAnswers, [profile], (c) => c.store === "records" && c.kind === "answers");
}

/** The active profile's document statuses, read again after every write. */
export function useDocumentStatuses(): LiveQueryState<Record<string, DocumentStatus>> {
  const profile = useObservable(activeProfileId);
  return useLiveQuery(
    loadDocumentStatuses,
    [profile],
    (c) => c.store === "records" && c.kind === "documentStatus",
  );
}

/** The dates entered for the active profile's documents, read again after every write. */
export function useDocumentDates(): LiveQueryState<Record<string, DocumentDates>> {
  const profile = useObservable(activeProfileId);
  return useLiveQuery(
    loadDocumentDates,
    [profile],
    (c) => c.store === "records" && c.kind === DOCUMENT_DATES_KIND,
  );
}
