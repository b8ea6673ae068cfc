// The printed sheets: the person's summary and the blank checklists for drop-in desks. Each screen is
// its own lazy chunk; this entry only says how to load them.
export const loadSummary = () => import("./Summary").then((m) => m.Summary);
export const loadDeskProcedures = () => import("./DeskProcedures").then((m) => m.DeskProcedures);
export const loadDeskChecklist = () => import("./DeskChecklist").then((m) => m.DeskChecklist);
