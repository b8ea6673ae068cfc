import { useEffect } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { changeLanguage, isLanguageCode, loadNamespaces } from "@/i18n";
import { getSetting, onStorageChange } from "@/storage";
import { DatabaseBanner } from "./DatabaseBanner";
import { AppErrorBoundary } from "./ErrorScreen";
import { loadNotFound, routes } from "./routes";

const screens = routes.map((route) => ({
  path: route.path,
  // A screen's own texts load with its code, so it never shows a key or a flash of French.
  component: lazy(async () => {
    const [component] = await Promise.all([route.load(), loadNamespaces(...(route.namespaces ?? []))]);
    return component;
  }),
}));
const NotFound = lazy(loadNotFound);

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
