/// <reference lib="webworker" />
// The service worker serves Papiers' own static files. The one exception for user data: files shared
// from another app arrive here (POST /share-target) and wait in the share inbox (lib/shareInbox.ts: its own
// IndexedDB database, never the Cache API, emptied within an hour).
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { INBOX_MAX_FILES, type InboxFile, shareInbox } from "../lib/shareInbox";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built asset, all locale chunks included: any language works offline after the first visit.
precacheAndRoute(self.__WB_MANIFEST);
// Caches of earlier versions (workbox names them by version) are removed when this one activates.
cleanupOutdatedCaches();
// The first installed version takes charge of the open page at once; later versions wait (below).
clientsClaim();
// Every in-app address opens the app shell, online or not.
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html")));

// A new version waits until the person taps "update": never in the middle of a task.
self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void self.skipWaiting();
});

/** Puts the shared files in the inbox, then opens the screen that explains where they went. */
async function receiveShare(request: Request): Promise<Response> {
  try {
    const form = await request.formData();
    const files = form.getAll("files").filter((entry): entry is File => entry instanceof File);
    const now = Date.now();
    const waiting: InboxFile[] = await Promise.all(
      files.slice(0, INBOX_MAX_FILES).map(async (file) => ({
        id: crypto.randomUUID(),
        name: file.name,
        type: file.type,
        bytes: await file.arrayBuffer(),
        receivedAt: now,
      })),
    );
    await shareInbox.purge(now);
    await shareInbox.add(waiting);
  } catch (error) {
    console.error(error);
  }
  return Response.redirect("/shared", 303);
}

// Web Share Target (manifest `share_target`): other apps POST files here. Opening the app also clears
// files older than one hour from the inbox.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method === "POST" &&
    url.origin === self.location.origin &&
    url.pathname === "/share-target"
  ) {
    event.respondWith(receiveShare(event.request));
  } else if (event.request.mode === "navigate") {
    event.waitUntil(shareInbox.purge().catch(() => undefined));
  }
});
