// The shared-phone screens. The start screen (with its keypad) shows on every start while locked, so it
// comes with this entry; the other screens are their own lazy chunks, so it never carries their code.
export { DeskBanner } from "./DeskBanner";
export { LockScreen } from "./LockScreen";
export const loadNewPerson = () => import("./NewPerson").then((m) => m.NewPerson);
export const loadPersonSettings = () => import("./PersonSettings").then((m) => m.PersonSettings);
export const loadExportPerson = () => import("./ExportPerson").then((m) => m.ExportPerson);
export const loadImportPerson = () => import("./ImportPerson").then((m) => m.ImportPerson);
export const loadWipeDevice = () => import("./WipeDevice").then((m) => m.WipeDevice);
