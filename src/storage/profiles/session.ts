import { createObservable } from "@/lib/createObservable";
import { activeProfileId, LOCAL_PROFILE_ID } from "../activeProfile";
import { onStorageChange } from "../changes";
import { forgetCodecFor, useCodecFor } from "../codec";
import { aesGcmCodec } from "../crypto";
import { readProfileRow } from "./profileRows";

/** The profile whose key is in memory now, and whether it is a temporary desk session. */
export interface OpenSession {
  id: string;
  kind: "person" | "desk";
}

/** Who is unlocked in this tab; null when Papiers is locked. Screens with personal data show only then. */
export const unlockedProfile = createObservable<OpenSession | null>(null);

/** Puts a profile's key to work: its reads and writes are encrypted from now on. */
export function openSession(session: OpenSession, key: CryptoKey): void {
  const previous = unlockedProfile.get();
  if (previous && previous.id !== session.id) forgetCodecFor(previous.id);
  useCodecFor(session.id, aesGcmCodec(key));
  activeProfileId.set(session.id);
  unlockedProfile.set(session);
  lockWhenDeletedElsewhere();
}

let watching = false;

/**
 * Locks this tab when another tab deletes the unlocked person (their key row is gone), so their data
 * neither stays on screen nor gets written again under a deleted id. Other tabs' locks do not lock this one.
 */
function lockWhenDeletedElsewhere(): void {
  if (watching) return;
  watching = true;
  onStorageChange((change) => {
    const session = unlockedProfile.get();
    if (change.store !== "profiles" || !session || (change.profileId && change.profileId !== session.id))
      return;
    readProfileRow(session.id).then(
      (row) => row || unlockedProfile.get()?.id !== session.id || lockSession(),
      () => lockSession(),
    );
  });
}

/**
 * Locks at once (synchronously, so quick exit can rely on it): the key is dropped, and the screens that
 * showed the profile's data unmount. Returns the session that was open.
 */
export function lockSession(): OpenSession | null {
  const session = unlockedProfile.get();
  if (session) forgetCodecFor(session.id);
  activeProfileId.set(LOCAL_PROFILE_ID);
  unlockedProfile.set(null);
  return session;
}
