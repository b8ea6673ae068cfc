import { isObject } from "@/lib/guards";

/** When Papiers locks by itself (UX.md §5.1, item 3). */
export interface AutoLockDelays {
  /** Without any touch or key. */
  idleMs: number;
  /** After the page went to the background. */
  hiddenMs: number;
}

export const AUTO_LOCK_DELAYS: AutoLockDelays = { idleMs: 5 * 60_000, hiddenMs: 60_000 };

const positive = (value: unknown): value is number => typeof value === "number" && value > 0;

/**
 * The delays in force. End-to-end tests shorten them by defining `window.__papiersAutoLock` in an init
 * script (Playwright `addInitScript`); no address, setting or stored value can change them, and a page
 * that never defines the global gets the real delays.
 */
export function autoLockDelays(): AutoLockDelays {
  // Checked by hand, not with zod: the app shell runs this before the first screen (see lib/guards).
  const override: unknown = Reflect.get(globalThis, "__papiersAutoLock");
  return isObject(override) && positive(override.idleMs) && positive(override.hiddenMs)
    ? { idleMs: override.idleMs, hiddenMs: override.hiddenMs }
    : AUTO_LOCK_DELAYS;
}
