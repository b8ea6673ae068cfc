import { render } from "preact";
import { followLanguageOnDocument, initI18n, isLanguageCode, preferredLanguage } from "@/i18n";
import { checkForUpdate, registerServiceWorker } from "@/offline";
import { getSetting } from "@/storage";
import { App } from "./App";
import { preloadFirstScreen } from "./preloadFirstScreen";
import { warmLanguageFonts } from "./warmLanguageFonts";
import { whenIdle } from "./whenIdle";

/** Starts Papiers: language first (so nothing shows in the wrong one), then the app, then offline. */
export async function boot(root: HTMLElement): Promise<void> {
  const stored = await getSetting("language").catch(() => undefined);
  const language = isLanguageCode(stored) ? stored : preferredLanguage(navigator.languages);
  // The very first screen on a new phone is the language choice.
  if (stored === undefined && window.location.pathname === "/") {
    window.history.replaceState(null, "", "/language?back=%2F");
  }
  preloadFirstScreen(window.location.pathname);
  const fontsReady =
    window.location.pathname === "/language"
      ? warmLanguageFonts().catch((error: unknown) => console.error(error))
      : undefined;
  await initI18n(language);
  await fontsReady;
  followLanguageOnDocument();
  // The start-up picture of index.html goes: Preact would otherwise try to reuse its elements.
  root.replaceChildren();
  render(<App />, root);
  // The service worker's first install downloads every file of the app (about 1.9 MB): started while the
  // first screen is still being drawn, it competed with it for the phone's processor and network.
  whenIdle(() => {
    // A desk session whose tab was closed left encrypted rows nobody can read any more: remove them, once
    // the first screen is drawn (its code is not needed to draw it).
    import("@/storage")
      .then((storage) => storage.wipeLeftoverDeskSessions())
      .catch((error: unknown) => console.error(error));
    void registerServiceWorker();
  });
  // Phones keep the app open for days: look for a new version whenever it comes back to the front.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") checkForUpdate();
  });
}
