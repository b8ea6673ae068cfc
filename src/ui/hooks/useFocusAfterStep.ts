import { useEffect } from "preact/hooks";

/**
 * For a screen whose steps replace each other in place (not by address): when a new step took away the
 * control that had focus, the keyboard goes back to the screen's start, so the next Tab goes on from
 * there instead of from the top of the page (WCAG 2.4.3). Focus that is still somewhere is left alone.
 */
export function useFocusAfterStep(step: unknown): void {
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById("main")?.focus({ preventScroll: true });
  }, [step]);
}
