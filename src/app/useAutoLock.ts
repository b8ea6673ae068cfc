import { useEffect } from "preact/hooks";
import { lockNow, writesSettled } from "@/storage";
import { autoLockDelays } from "./autoLockDelays";

const ACTIVITY = ["pointerdown", "keydown", "wheel", "touchstart", "input"] as const;

/** Fields whose "change" only saves what was typed (a radio's "change" may also move to the next step). */
const TYPED = new Set(["text", "tel", "email", "search", "url", "number", "textarea"]);

/** How long a lock waits for the last saves; it happens anyway after that. */
const SAVE_WAIT_MS = 2_000;

/**
 * Saves what is being typed: screens save a field on "change", which fires only when the field is left
 * (AboutMe, the attempt's details), and locking unmounts the screen without leaving it.
 */
function saveFieldBeingTyped(): void {
  const field = document.activeElement;
  if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && TYPED.has(field.type)) {
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

/** Locks once what was typed is stored, encrypted, under the person's key (UX.md §5.1: nothing is lost). */
function lockAfterSaving(): void {
  saveFieldBeingTyped();
  writesSettled(SAVE_WAIT_MS)
    .catch(() => undefined)
    .finally(lockNow);
}

/**
 * Locks after a while without input, and a while after the page was hidden (UX.md §5.1). Elapsed time is
 * also checked on return, since a sleeping phone pauses timers. What is being typed is saved as the page
 * is hidden (the phone may end it there) and before any auto-lock; quick exit does not wait (useQuickExit).
 */
export function useAutoLock(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    const { idleMs, hiddenMs } = autoLockDelays();
    let lastInput = Date.now();
    let hiddenSince: number | undefined;
    let idleTimer = setTimeout(lockAfterSaving, idleMs);
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    const onActivity = () => {
      if (Date.now() - lastInput >= idleMs) return lockAfterSaving();
      lastInput = Date.now();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lockAfterSaving, idleMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        hiddenSince = Date.now();
        saveFieldBeingTyped();
        hiddenTimer = setTimeout(lockAfterSaving, hiddenMs);
        return;
      }
      clearTimeout(hiddenTimer);
      if (hiddenSince !== undefined && Date.now() - hiddenSince >= hiddenMs) lockAfterSaving();
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
