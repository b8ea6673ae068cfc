import { emitChange } from "../changes";
import { generateDataKey } from "../crypto";
import { databaseMayExist } from "../database";
import { deleteProfile } from "./deleteProfile";
import { readProfileRows, writeProfileRow } from "./profileRows";
import { lockSession, openSession, unlockedProfile } from "./session";

const LOCK_PREFIX = "papiers-desk-";
/** Desk sessions open in this tab, with the function that releases their Web Lock. */
const openHere = new Map<string, () => void>();

/**
 * Starts a temporary session for a social worker's desk (UX.md §5.1, item 6). Its key is generated
 * non-extractable and never wrapped or stored: once the tab closes, what was written cannot be read
 * by anyone, and the next start deletes it. A Web Lock marks the session as alive for other tabs.
 */
export async function startDeskSession(): Promise<string> {
  const id = `desk-${crypto.randomUUID()}`;
  const key = await generateDataKey(false);
  await writeProfileRow({
    id,
    avatar: "desk",
    kind: "desk",
    createdAt: Date.now(),
    unlocks: [],
    failedAttempts: 0,
    retryAt: 0,
  });
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  await new Promise<void>((held) => {
    if (!locks) {
      openHere.set(id, () => {});
      return held();
    }
    void locks.request(`${LOCK_PREFIX}${id}`, () => {
      held();
      return new Promise<void>((release) => openHere.set(id, release));
    });
  });
  openSession({ id, kind: "desk" }, key);
  emitChange({ store: "profiles", profileId: id });
  return id;
}

/** Ends a desk session: locks, then deletes everything it wrote. */
export async function endDeskSession(id: string): Promise<void> {
  if (unlockedProfile.get()?.id === id) lockSession();
  await deleteProfile(id);
  openHere.get(id)?.();
  openHere.delete(id);
}

/** Deletes desk sessions left behind by a closed tab (none of this tab's, nor of another open tab). */
export async function wipeLeftoverDeskSessions(): Promise<number> {
  if (!(await databaseMayExist())) return 0;
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  const held = new Set((await locks?.query())?.held?.map((lock) => lock.name) ?? []);
  const leftovers = (await readProfileRows()).filter(
    (row) => row.kind === "desk" && !openHere.has(row.id) && !held.has(`${LOCK_PREFIX}${row.id}`),
  );
  for (const row of leftovers) await deleteProfile(row.id);
  return leftovers.length;
}

/** Locks whoever is unlocked; a desk session is also wiped, since its key is now gone for good. */
export function lockNow(): void {
  const closed = lockSession();
  if (closed?.kind === "desk") void endDeskSession(closed.id).catch((error: unknown) => console.error(error));
}
