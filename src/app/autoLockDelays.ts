import * as z from "zod/mini";

/** When Papiers locks by itself (UX.md §5.1, item 3). */
export interface AutoLockDelays {
  /** Without any touch or key. */
  idleMs: number;
  /** After the page went to the background. */
  hiddenMs: number;
}

export const AUTO_LOCK_DELAYS: AutoLockDelays = { idleMs: 5 * 60_000, hiddenMs: 60_000 };

const positive = z.custom<number>((value) => typeof value === "number" && value > 0);
const OverrideSchema = z.object({ idleMs: positive, hiddenMs: positive });

/**
 * The delays in force. End-to-end tests shorten them by defining `window.__papiersAutoLock` in an init
 * script (Playwright `addInitScript`); no address, setting or stored value can change them, and a page
 * that never defines the global gets the real delays.
 */
export function autoLockDelays(): AutoLockDelays {
  const override = OverrideSchema.safeParse(Reflect.get(globalThis, "__papiersAutoLock"));
  return override.success ? override.data : AUTO_LOCK_DELAYS;
}
