/** A stored record that no longer matches its schema or cannot be decoded: shown, never silently dropped. */
export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`Stored record "${key}" cannot be read`, options);
  }
}

/** The phone has no room left: the write did not happen and what was stored before is intact. */
export class StorageFullError extends Error {
  override readonly name = "StorageFullError";
  constructor(options?: { cause?: unknown }) {
    super("The device storage is full", options);
  }
}

/** The profile's data is locked: no key to decode it in this session. */
export class LockedError extends Error {
  override readonly name = "LockedError";
  constructor(readonly profileId: string) {
    super(`Profile ${profileId} is locked`);
  }
}

/** True for the DOMException browsers raise when the origin's quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "name" in error &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}
