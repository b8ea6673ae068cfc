/** A recorded clip as the listen control plays it. */
export interface StoredClip {
  textHash: string;
  mimeType: string;
  bytes: ArrayBuffer;
}

/** Finds the recorded clip of `namespace:key` in a language, if any. */
export type ClipSource = (language: string, key: string) => Promise<StoredClip | undefined>;

let source: ClipSource = () => Promise.resolve(undefined);

/** The app says where recorded clips live (storage, which components do not import). */
export function provideClips(next: ClipSource): void {
  source = next;
}

/** The recorded clip of a key, from whatever the app provided. */
export function recordedClip(language: string, key: string): Promise<StoredClip | undefined> {
  return source(language, key);
}
