import { useEffect, useRef } from "preact/hooks";
import { useT } from "@/i18n";
import { BigButton } from "./BigButton";

/** How long an undo stays on screen: at least 10 s (UX.md §7, requirement 7). */
export const UNDO_DELAY_MS = 10_000;

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  /** Called once the delay has passed without undo: the action becomes final. */
  onExpire: () => void;
  delayMs?: number;
}

/** "Done — Undo": replaces every confirmation dialog. The action is final only when this expires. */
export function UndoToast({ message, onUndo, onExpire, delayMs = UNDO_DELAY_MS }: UndoToastProps) {
  const { t } = useT();
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const box = useRef<HTMLDivElement>(null);
  // What had focus when the toast first showed: the control that acted, unless it went away.
  const opener = useRef(document.activeElement);
  const offered = useRef(false);
  useEffect(() => {
    // The control that acted is gone (a deleted item's, now or once the list redraws) and focus with it:
    // the keyboard goes to Undo rather than nowhere.
    const lost = !document.activeElement || document.activeElement === document.body;
    const was = opener.current;
    const gone = !(was instanceof HTMLElement) || was === document.body || !was.isConnected;
    if (lost && gone && !offered.current) {
      offered.current = true;
      box.current?.querySelector("button")?.focus();
    }
  });
  useEffect(() => {
    const toast = box.current;
    const timer = setTimeout(() => expire.current(), delayMs);
    return () => {
      clearTimeout(timer);
      const active = document.activeElement;
      if (active && active !== document.body && !toast?.contains(active)) return;
      // Leaving with the focus (or it was lost): back to what acted if it is still there, else the
      // screen's start, once the screen has redrawn.
      const back = opener.current;
      setTimeout(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const there = back instanceof HTMLElement && back !== document.body && back.isConnected;
        (there ? back : document.getElementById("main"))?.focus();
      });
    };
  }, [delayMs]);
  return (
    <div class="toast" role="status" ref={box}>
      <p>{message}</p>
      <BigButton icon="arrow-back-up" onClick={onUndo}>
        {t("undo.action")}
      </BigButton>
    </div>
  );
}
