// The shared-phone screens: start and unlock, new person, the person's settings, transfer, wipe.
export { DeskBanner } from "./DeskBanner";
export { ExportPerson } from "./ExportPerson";
export { ImportPerson } from "./ImportPerson";
export { LockScreen } from "./LockScreen";
export { NewPerson } from "./NewPerson";
export { PersonSettings } from "./PersonSettings";
export { WipeDevice } from "./WipeDevice";
