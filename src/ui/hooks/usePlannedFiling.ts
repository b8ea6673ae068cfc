import { type PlannedFiling, plannedFilingDate } from "@/domain";
import { todayOf } from "@/lib/calendarDate";
import { activeProfileId, FOLLOW_UP_KINDS, getCurrentPermit, listFollowUpEvents } from "@/storage";
import { type LiveQueryState, useLiveQuery } from "./useLiveQuery";
import { useObservable } from "./useObservable";

/** The date documents are checked against (filing date, renewal window or today), kept up to date. */
export function usePlannedFiling(): LiveQueryState<PlannedFiling & { today: string }> {
  const profile = useObservable(activeProfileId);
  return useLiveQuery(
    async () => {
      const today = todayOf(new Date());
      const filing = plannedFilingDate(await getCurrentPermit(), await listFollowUpEvents(), today);
      return { ...filing, today };
    },
    [profile],
    (c) => c.store === "records" && FOLLOW_UP_KINDS.has(c.kind ?? ""),
  );
}
