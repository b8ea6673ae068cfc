import type { ComponentType } from "preact";

/** One address of the app and how to load its screen (each screen is its own lazy chunk). */
export interface RouteDefinition {
  path: string;
  load: () => Promise<ComponentType>;
  /** Locale namespaces (besides `common`) loaded before the screen shows, e.g. ["catalogue"]. */
  namespaces?: readonly string[];
}

// Addresses stay neutral: they name screens, never a person's situation (UX.md §5.1).
export const routes: readonly RouteDefinition[] = [
  { path: "/", load: () => import("@/ui/screens/Home/Home").then((m) => m.Home) },
  {
    path: "/language",
    load: () => import("@/ui/screens/ChooseLanguage/ChooseLanguage").then((m) => m.ChooseLanguage),
  },
  { path: "/help", load: () => import("@/ui/screens/Help/Help").then((m) => m.Help) },
  { path: "/about", load: () => import("@/ui/screens/About/About").then((m) => m.About) },
  {
    path: "/pages/:documentId",
    load: () => import("@/ui/screens/Pages/Pages").then((m) => m.Pages),
    namespaces: ["capture"],
  },
  {
    path: "/shared",
    load: () => import("@/ui/screens/Shared/Shared").then((m) => m.Shared),
    namespaces: ["capture"],
  },
  { path: "/calendar", load: () => import("@/ui/screens/Neutral/Neutral").then((m) => m.Neutral) },
];

/** The screen for an address nobody defined. */
export const loadNotFound = () => import("@/ui/screens/NotFound/NotFound").then((m) => m.NotFound);
