import { useEffect } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { changeLanguage, isLanguageCode, loadNamespaces } from "@/i18n";
import { getSetting, onStorageChange, unlockedProfile } from "@/storage";
import { provideScreenReader } from "@/ui/components";
import { useObservable } from "@/ui/hooks/useObservable";
import { loadIcons } from "@/ui/icons";
import { DatabaseBanner } from "./DatabaseBanner";
import { AppErrorBoundary } from "./ErrorScreen";
import { ProfileGuard } from "./ProfileGuard";
import { loadNotFound, type RouteDefinition, routes } from "./routes";
import { useAutoLock } from "./useAutoLock";
import { useProfileLanguage } from "./useProfileLanguage";
import { useQuickExit } from "./useQuickExit";

/** A route's screen, lazily loaded with its texts, and locked unless it shows no one's data. */
function screenOf(route: RouteDefinition) {
  // A screen's own texts load with its code, so it never shows a key or a flash of French.
  const Screen = lazy(async () => {
    const [component] = await Promise.all([
      route.load(),
      loadNamespaces(...(route.namespaces ?? [])),
      loadIcons(),
    ]);
    return component;
  });
  if (route.showsNoProfileData) return Screen;
  return () => (
    <ProfileGuard>
      <Screen />
    </ProfileGuard>
  );
}

// The listen control's reader: recorded clips (audio packs, shipped clips), then speech; loaded on a tap.
provideScreenReader(() => import("./listen/readScreen").then((module) => module.readScreen));

const screens = routes.map((route) => ({ path: route.path, component: screenOf(route) }));
const NotFound = lazy(() => Promise.all([loadNotFound(), loadIcons()]).then(([component]) => component));

/** Follows a language chosen in another tab of this browser. */
function useLanguageFromOtherTabs(): void {
  useEffect(
    () =>
      onStorageChange((change) => {
        if (change.store !== "settings" || change.key !== "language") return;
        getSetting("language")
          .then((language) => (isLanguageCode(language) ? changeLanguage(language) : undefined))
          .catch((error: unknown) => console.error(error));
      }),
    [],
  );
}

/** The composition root: routing, error handling and the storage status banner. */
export function App() {
  useLanguageFromOtherTabs();
  useProfileLanguage();
  useQuickExit();
  useAutoLock(useObservable(unlockedProfile) !== null);
  return (
    <LocationProvider>
      <AppErrorBoundary>
        <ErrorBoundary>
          <DatabaseBanner />
          <Router>
            {[
              ...screens.map((screen) => (
                <Route key={screen.path} path={screen.path} component={screen.component} />
              )),
              <Route key="404" default component={NotFound} />,
            ]}
          </Router>
        </ErrorBoundary>
      </AppErrorBoundary>
    </LocationProvider>
  );
}
