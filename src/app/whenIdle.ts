/**
 * Runs `work` once the page has nothing more urgent to do, and at the latest after `timeout` ms.
 * Where the browser has no `requestIdleCallback`, it waits one second instead.
 */
export function whenIdle(work: () => void, timeout = 3000): void {
  if (typeof window.requestIdleCallback === "function") {
    window.requestIdleCallback(() => work(), { timeout });
  } else {
    window.setTimeout(work, Math.min(1000, timeout));
  }
}
