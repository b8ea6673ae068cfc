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
  { path: "/", load: () => import("@/ui/screens/Home/Home").then((m) => m.Home), namespaces: ["dossier"] },
  {
    path: "/language",
    load: () => import("@/ui/screens/ChooseLanguage/ChooseLanguage").then((m) => m.ChooseLanguage),
  },
  { path: "/help", load: () => import("@/ui/screens/Help/Help").then((m) => m.Help) },
  { path: "/about", load: () => import("@/ui/screens/About/About").then((m) => m.About) },
  {
    path: "/questions/:step",
    load: () => import("@/ui/screens/Questions/Questions").then((m) => m.Questions),
    namespaces: ["dossier"],
  },
  {
    path: "/result",
    load: () => import("@/ui/screens/Result/Result").then((m) => m.Result),
    namespaces: ["dossier", "catalogue"],
  },
  {
    path: "/checklist",
    load: () => import("@/ui/screens/Checklist/Checklist").then((m) => m.Checklist),
    namespaces: ["dossier", "catalogue"],
  },
  {
    path: "/document/:id",
    load: () => import("@/ui/screens/DocumentDetail/DocumentDetail").then((m) => m.DocumentDetail),
    namespaces: ["dossier", "catalogue"],
  },
  {
    path: "/sources",
    load: () => import("@/ui/screens/Sources/Sources").then((m) => m.Sources),
    namespaces: ["dossier", "catalogue"],
  },
  { path: "/calendar", load: () => import("@/ui/screens/Neutral/Neutral").then((m) => m.Neutral) },
];

/** The screen for an address nobody defined. */
export const loadNotFound = () => import("@/ui/screens/NotFound/NotFound").then((m) => m.NotFound);
