import { createObservable } from "@/lib/createObservable";

/** The profile used on a phone before anyone creates a named, PIN-protected one. */
export const LOCAL_PROFILE_ID = "local";

/**
 * Whose data the screens read and write now. Every record and file carries its profile id, so several
 * people can share one phone; unlocking a profile sets this, locking resets it.
 */
export const activeProfileId = createObservable<string>(LOCAL_PROFILE_ID);
