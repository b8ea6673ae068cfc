/** Wrong tries allowed before Papiers makes the person wait. */
export const FREE_ATTEMPTS = 3;
/** The longest wait between two tries. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/**
 * How long to wait after `failedAttempts` wrong tries in a row: nothing for the first three, then 30 s,
 * doubling up to an hour. This only slows casual guessing: the counter lives in the browser and can be
 * reset by copying the storage (UX.md §5.2, honest limits).
 */
export function retryDelayMs(failedAttempts: number): number {
  if (failedAttempts <= FREE_ATTEMPTS) return 0;
  return Math.min(30_000 * 2 ** (failedAttempts - FREE_ATTEMPTS - 1), MAX_RETRY_DELAY_MS);
}
