export { BigButton } from "./BigButton";
export { lookup } from "./lookup";
export { Screen } from "./Screen";
export { StepProgress } from "./StepProgress";
export { Tile } from "./Tile";
export { ToConfirm } from "./ToConfirm";
export { NEUTRAL_PATH, quickExit } from "./TopBar/quickExit";
export { UNDO_DELAY_MS, UndoToast } from "./UndoToast";
