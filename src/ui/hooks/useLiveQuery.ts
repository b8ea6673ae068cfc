import { useEffect, useState } from "preact/hooks";
import { onStorageChange, type StorageChange } from "@/storage";

/** What a live query holds: loading, a value, or the error a read raised. */
export type LiveQueryState<T> =
  | { status: "loading" }
  | { status: "ready"; value: T }
  | { status: "error"; error: unknown };

/**
 * Reads from storage and reads again after every relevant write, in this tab or another one, so that
 * IndexedDB stays the single source of truth and components hold only view state.
 */
export function useLiveQuery<T>(
  read: () => Promise<T>,
  deps: readonly unknown[],
  isRelevant: (change: StorageChange) => boolean = () => true,
): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ status: "loading" });
  useEffect(() => {
    let alive = true;
    let generation = 0;
    const run = () => {
      const mine = ++generation;
      read().then(
        (value) => alive && mine === generation && setState({ status: "ready", value }),
        (error: unknown) => alive && mine === generation && setState({ status: "error", error }),
      );
    };
    run();
    const stop = onStorageChange((change) => {
      if (isRelevant(change)) run();
    });
    return () => {
      alive = false;
      stop();
    };
  }, deps);
  return state;
}
