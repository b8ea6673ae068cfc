export { BigButton } from "./BigButton";
export { type Choice, ChoiceCards } from "./ChoiceCards";
export { DatePicker } from "./DatePicker";
export { Screen } from "./Screen";
export { StepProgress } from "./StepProgress";
export { Tile } from "./Tile";
export { NEUTRAL_PATH, quickExit } from "./TopBar/quickExit";
export { UNDO_DELAY_MS, UndoToast } from "./UndoToast";
