import { useEffect } from "preact/hooks";
import { lockNow } from "@/storage";
import { quickExit } from "@/ui/components";

/** Shift pressed this many times within `SHIFT_WINDOW_MS`, nothing else between, leaves at once (GOV.UK). */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 2_000;

/**
 * Quick exit everywhere: the keyboard shortcut, and locking whenever the page is left (quick exit's
 * `location.replace`, closing the tab). A page restored from the back-forward cache comes back locked.
 */
export function useQuickExit(): void {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Shift" || event.repeat) {
        presses = [];
        return;
      }
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= SHIFT_PRESSES) {
        presses = [];
        lockNow();
        quickExit();
      }
    };
    const onLeave = () => {
      lockNow();
      document.body.hidden = true;
    };
    const onShow = () => {
      document.body.hidden = false;
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("pagehide", onLeave);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pagehide", onLeave);
      window.removeEventListener("pageshow", onShow);
    };
  }, []);
}
