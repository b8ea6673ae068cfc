const inFlight = new Set<Promise<unknown>>();

/** Counts a write as in flight until it settles, so that an auto-lock can wait for it (writesSettled). */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const settled = () => inFlight.delete(write);
  write.then(settled, settled);
  return write;
}

const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once no write is in flight, counting the writes that start meanwhile (a screen saves in a
 * promise chain), and after `limitMs` at most: a lock waits for what was typed, never forever.
 */
export async function writesSettled(limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  do {
    // One task first: a save queued in a screen's promise chain has started by then.
    await nextTask();
    if (inFlight.size === 0) return;
    await Promise.race([Promise.allSettled([...inFlight]), nextTask(deadline - Date.now())]);
  } while (Date.now() < deadline);
}
