import type { ComponentChildren } from "preact";
import { lazy } from "preact-iso";
import { loadNamespaces } from "@/i18n";
import { unlockedProfile } from "@/storage";
import { useObservable } from "@/ui/hooks/useObservable";

const privacyScreens = () =>
  Promise.all([import("@/ui/screens/Privacy/Privacy"), loadNamespaces("privacy")]).then(([m]) => m);

/**
 * Starts fetching the start screen's code while boot still reads the language from storage: a page load
 * always opens locked, so it is the first screen of every address but the language choice.
 */
export function prefetchLockScreen(): void {
  import("@/ui/screens/Privacy/Privacy").catch(() => {
    // The lazy screen retries and reports the failure itself.
  });
}
const LockScreen = lazy(() => privacyScreens().then((m) => m.LockScreen));
const DeskBanner = lazy(() => privacyScreens().then((m) => m.DeskBanner));

/**
 * Shows a screen with personal data only while a person is unlocked; otherwise the start screen takes its
 * place at the same address, so unlocking comes back to it. Locking unmounts the screen, dropping its data
 * from memory and from the page.
 */
export function ProfileGuard({ children }: { children: ComponentChildren }) {
  const session = useObservable(unlockedProfile);
  if (!session) return <LockScreen />;
  return (
    <>
      {session.kind === "desk" && <DeskBanner sessionId={session.id} />}
      {children}
    </>
  );
}
