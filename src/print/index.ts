export { buildCalendar, type CalendarItem } from "./buildCalendar";
