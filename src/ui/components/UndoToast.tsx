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
  useEffect(() => {
    const timer = setTimeout(() => expire.current(), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <div class="toast" role="status">
      <p>{message}</p>
      <BigButton icon="arrow-back-up" onClick={onUndo}>
        {t("undo.action")}
      </BigButton>
    </div>
  );
}
