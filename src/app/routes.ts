import type { ComponentType } from "preact";

/** One address of the app and how to load its screen (each screen is its own lazy chunk). */
export interface RouteDefinition {
  path: string;
  load: () => Promise<ComponentType>;
  /** Locale namespaces (besides `common`) loaded before the screen shows, e.g. ["catalogue"]. */
  namespaces?: readonly string[];
  /**
   * Only for screens that show nothing of any person (language, help…): they stay open while Papiers
   * is locked. Every other screen is locked by default (see ProfileGuard).
   */
  showsNoProfileData?: true;
}

const privacy = () => import("@/ui/screens/Privacy/Privacy");

// Addresses stay neutral: they name screens, never a person's situation (UX.md §5.1).
export const routes: readonly RouteDefinition[] = [
  {
    path: "/",
    load: () => import("@/ui/screens/Home/Home").then((m) => m.Home),
    namespaces: ["followup", "dossier"],
  },
  {
    path: "/language",
    load: () => import("@/ui/screens/ChooseLanguage/ChooseLanguage").then((m) => m.ChooseLanguage),
    showsNoProfileData: true,
  },
  {
    path: "/help",
    load: () => import("@/ui/screens/Help/Help").then((m) => m.Help),
    showsNoProfileData: true,
  },
  {
    path: "/about",
    load: () => import("@/ui/screens/About/About").then((m) => m.About),
    showsNoProfileData: true,
  },
  {
    path: "/calendar",
    load: () => import("@/ui/screens/Neutral/Neutral").then((m) => m.Neutral),
    showsNoProfileData: true,
  },
  {
    path: "/new",
    load: () => privacy().then((m) => m.loadNewPerson()),
    namespaces: ["privacy", "person"],
    showsNoProfileData: true,
  },
  {
    path: "/import",
    load: () => privacy().then((m) => m.loadImportPerson()),
    namespaces: ["privacy", "person"],
    showsNoProfileData: true,
  },
  {
    path: "/wipe",
    load: () => privacy().then((m) => m.loadWipeDevice()),
    namespaces: ["privacy", "person"],
    showsNoProfileData: true,
  },
  {
    path: "/person",
    load: () => privacy().then((m) => m.loadPersonSettings()),
    namespaces: ["privacy", "person"],
  },
  {
    path: "/export",
    load: () => privacy().then((m) => m.loadExportPerson()),
    namespaces: ["privacy", "person"],
  },
  {
    path: "/followup",
    load: () => import("@/ui/screens/FollowUp/FollowUp").then((m) => m.FollowUp),
    namespaces: ["followup"],
  },
  {
    path: "/followup/permit/:step",
    load: () => import("@/ui/screens/PermitEntry/PermitEntry").then((m) => m.PermitEntry),
    namespaces: ["followup"],
  },
  {
    path: "/followup/event/:step",
    load: () => import("@/ui/screens/EventEntry/EventEntry").then((m) => m.EventEntry),
    namespaces: ["followup"],
  },
  {
    path: "/journal",
    load: () => import("@/ui/screens/Journal/Journal").then((m) => m.Journal),
    namespaces: ["followup"],
  },
  {
    path: "/journal/annex",
    load: () => import("@/ui/screens/JournalAnnex/JournalAnnex").then((m) => m.JournalAnnex),
    namespaces: ["followup"],
  },
  {
    path: "/journal/new/:step",
    load: () => import("@/ui/screens/AttemptEntry/AttemptEntry").then((m) => m.AttemptEntry),
    namespaces: ["followup"],
  },
  {
    path: "/find-help",
    load: () => import("@/ui/screens/FindHelp/FindHelp").then((m) => m.FindHelp),
    namespaces: ["followup"],
    showsNoProfileData: true,
  },
  {
    path: "/about-me",
    load: () => import("@/ui/screens/AboutMe/AboutMe").then((m) => m.AboutMe),
    namespaces: ["paper"],
  },
  {
    path: "/letters",
    load: () => import("@/ui/screens/Letters/Letters").then((m) => m.Letters),
    namespaces: ["paper"],
  },
  {
    path: "/letters/:kind",
    load: () => import("@/ui/screens/Letter/Letter").then((m) => m.Letter),
    namespaces: ["paper", "followup"],
  },
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
    // The catalogue's sources, for social workers: nothing about any person.
    showsNoProfileData: true,
  },
  {
    path: "/pages/:documentId",
    load: () => import("@/ui/screens/Pages/Pages").then((m) => m.Pages),
    namespaces: ["capture", "catalogue"],
  },
  {
    path: "/shared",
    load: () => import("@/ui/screens/Shared/Shared").then((m) => m.Shared),
    namespaces: ["capture"],
  },
];

/** The screen for an address nobody defined. */
export const loadNotFound = () => import("@/ui/screens/NotFound/NotFound").then((m) => m.NotFound);
