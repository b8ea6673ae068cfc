import type { Workbox } from "workbox-window";
import { updateReady } from "./updateStatus";

let workbox: Workbox | undefined;

/**
 * Registers the service worker. A new version that is waiting is only announced (`updateReady`);
 * it takes over when the person taps the banner (squoosh sw-bridge pattern), never on its own.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator) || !import.meta.env.PROD) return;
  // Loaded after the first screen is drawn: registration is never on the critical path.
  const { Workbox } = await import("workbox-window");
  workbox = new Workbox("/sw.js", { scope: "/" });
  workbox.addEventListener("waiting", () => updateReady.set(true));
  await workbox.register();
}

/** Applies the waiting version: the page reloads once the new worker controls it. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener("controlling", () => window.location.reload());
  workbox.messageSkipWaiting();
}

/** Asks the server whether a newer version exists (used when the app comes back to the foreground). */
export function checkForUpdate(): void {
  void workbox?.update();
}
