import { useEffect } from "preact/hooks";
import { lockNow } from "@/storage";
import { autoLockDelays } from "./autoLockDelays";

const ACTIVITY = ["pointerdown", "keydown", "wheel", "touchstart", "input"] as const;

/**
 * Locks after a while without input, and a while after the page was hidden (UX.md §5.1). Elapsed time is
 * also checked on return, since a sleeping phone pauses timers.
 */
export function useAutoLock(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    const { idleMs, hiddenMs } = autoLockDelays();
    let lastInput = Date.now();
    let hiddenSince: number | undefined;
    let idleTimer = setTimeout(lockNow, idleMs);
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    const onActivity = () => {
      if (Date.now() - lastInput >= idleMs) return lockNow();
      lastInput = Date.now();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lockNow, idleMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        hiddenSince = Date.now();
        hiddenTimer = setTimeout(lockNow, hiddenMs);
        return;
      }
      clearTimeout(hiddenTimer);
      if (hiddenSince !== undefined && Date.now() - hiddenSince >= hiddenMs) lockNow();
      else onActivity();
      hiddenSince = undefined;
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [unlocked]);
}
