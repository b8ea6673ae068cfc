import { useEffect, useRef, useState } from "preact/hooks";

/** Where a long job stands: its progress, its result, or why it stopped. */
export type JobState<R> =
  | { status: "idle" }
  | { status: "working"; done: number; total: number }
  | { status: "done"; result: R }
  | { status: "cancelled" }
  | { status: "failed"; full: boolean };

/** True for a full disk or quota, whichever layer noticed it. */
const isFull = (error: unknown) =>
  error instanceof Error && ["QuotaExceededError", "StorageFullError"].includes(error.name);

/**
 * Runs one long job at a time with progress and a way to stop it; leaving the screen stops it too.
 */
export function useJob<R>() {
  const [state, setState] = useState<JobState<R>>({ status: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const start = async (
    work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<R>,
  ) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ status: "working", done: 0, total: 0 });
    try {
      const result = await work(own.signal, (done, total) => {
        if (!own.signal.aborted) setState({ status: "working", done, total });
      });
      if (!own.signal.aborted) setState({ status: "done", result });
    } catch (error) {
      if (own.signal.aborted) setState({ status: "cancelled" });
      else {
        console.error(error);
        setState({ status: "failed", full: isFull(error) });
      }
    }
  };
  const cancel = () => controller.current?.abort();
  return { state, start, cancel };
}
