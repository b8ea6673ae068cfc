/// <reference lib="webworker" />
// The service worker only serves Papiers' own static files. User data never passes through it.
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

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
