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
  // Loaded after the first unlock: the start screen's bundle stays within its budget.
  void import("./lockWhenDeleted").then((m) =>
    m.lockWhenDeletedElsewhere(onStorageChange, readProfileRow, unlockedProfile, lockSession),
  );
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
