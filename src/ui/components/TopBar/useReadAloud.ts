import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { LanguageCode } from "@/i18n";
import { loadScreenReader } from "./screenReader";

/** What the listen control is doing. */
export type ReadAloudState = "idle" | "speaking" | "unavailable";

/**
 * The listen control: reads the screen on a tap (recorded clips, else a voice of the same language; the
 * reading code loads only then, app/listen/readScreen.ts). A second tap or leaving the screen stops it.
 */
export function useReadAloud(language: LanguageCode) {
  const [state, setState] = useState<ReadAloudState>("idle");
  const reading = useRef<AbortController | null>(null);
  const stop = useCallback(() => {
    reading.current?.abort();
    setState("idle");
  }, []);
  useEffect(() => stop, [stop]);
  const toggle = useCallback(() => {
    if (state === "speaking") return stop();
    const controller = new AbortController();
    reading.current = controller;
    setState("speaking");
    const settle = (next: ReadAloudState) => controller.signal.aborted || setState(next);
    loadScreenReader()
      .then((read) => read(language, controller.signal))
      .then(settle, () => settle("unavailable"));
  }, [language, state, stop]);
  return { state, toggle, stop };
}
