export { buildCalendar, type CalendarItem } from "./buildCalendar";
export { BLANK, buildLetter, type Letter, type LetterInput, type LetterKind } from "./buildLetter";
export type { Translate } from "./translate";
