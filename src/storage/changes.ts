/** What changed in storage, so screens showing it can read it again. */
export interface StorageChange {
  store: "records" | "files" | "settings" | "profiles" | "audioClips";
  profileId?: string;
  kind?: string;
  key?: string;
}

const local = new EventTarget();
let channel: BroadcastChannel | undefined;

/** One channel per tab, opened on first use; other tabs' changes are replayed locally. */
function ensureChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel("papiers-storage");
  // Node (tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<StorageChange>) => {
    local.dispatchEvent(new CustomEvent<StorageChange>("change", { detail: event.data }));
  };
  return channel;
}

/** Tells this tab and the other open tabs that something was written. */
export function emitChange(change: StorageChange): void {
  local.dispatchEvent(new CustomEvent<StorageChange>("change", { detail: change }));
  ensureChannel()?.postMessage(change);
}

/** Calls `listener` after each write in this tab or another one; returns the unsubscribe function. */
export function onStorageChange(listener: (change: StorageChange) => void): () => void {
  ensureChannel();
  const handler = (event: Event) => listener((event as CustomEvent<StorageChange>).detail);
  local.addEventListener("change", handler);
  return () => local.removeEventListener("change", handler);
}
