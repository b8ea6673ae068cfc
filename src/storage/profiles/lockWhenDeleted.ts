import type { Observable } from "@/lib/createObservable";
import type { StorageChange } from "../changes";
import type { OpenSession } from "./session";

let watching = false;

/**
 * Locks this tab when another tab deletes the unlocked person (their key row is gone), so their data
 * neither stays on screen nor gets written again under a deleted id. Other tabs' locks do not lock this one.
 */
export function lockWhenDeletedElsewhere(
  // Passed in rather than imported, so this lazy chunk imports nothing and splits no shared chunk.
  onStorageChange: (listener: (change: StorageChange) => void) => () => void,
  readProfileRow: (id: string) => Promise<unknown>,
  unlocked: Observable<OpenSession | null>,
  lock: () => unknown,
): void {
  if (watching) return;
  watching = true;
  onStorageChange((change) => {
    const session = unlocked.get();
    if (change.store !== "profiles" || !session) return;
    if (change.profileId && change.profileId !== session.id) return;
    readProfileRow(session.id).then(
      (row) => row || unlocked.get()?.id !== session.id || lock(),
      () => lock(),
    );
  });
}
