export { BigButton } from "./BigButton";
export { type Choice, ChoiceCards } from "./ChoiceCards";
export { DatePicker } from "./DatePicker";
export { FreshnessNote } from "./FreshnessNote";
export { lookup } from "./lookup";
export { Screen } from "./Screen";
export { SourceAddresses } from "./SourceAddresses";
export { SourceLinks } from "./SourceLinks";
export { StepProgress } from "./StepProgress";
export { Tile } from "./Tile";
export { ToConfirm } from "./ToConfirm";
export { NEUTRAL_PATH, quickExit } from "./TopBar/quickExit";
export {
  forgetScreenBeforeHelp,
  type RememberedText,
  screenBeforeHelp,
} from "./TopBar/screenBeforeHelp";
export { provideScreenReader, type ScreenReader } from "./TopBar/screenReader";
export { UNDO_DELAY_MS, UndoToast } from "./UndoToast";
