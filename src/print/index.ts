export { type Bilingual, bilingual, type Words } from "./bilingual";
export { type BlankChecklist, type BlankRow, buildBlankChecklist } from "./buildBlankChecklist";
export { buildCalendar, type CalendarItem } from "./buildCalendar";
export { BLANK, buildLetter, type Letter, type LetterInput, type LetterKind } from "./buildLetter";
export {
  buildSummary,
  STATUS_SYMBOL,
  type Summary,
  type SummaryDate,
  type SummaryDocument,
  type SummaryField,
  type SummaryInput,
  type SummaryMissing,
} from "./buildSummary";
export { deadlineWording, type Wording } from "./deadlineWording";
export type { ProcedureBlock } from "./procedureBlock";
export type { Translate } from "./translate";
