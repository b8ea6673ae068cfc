import type { CalendarDate } from "@/lib/calendarDate";

/** One all-day reminder in the phone's own calendar, which notifies even when Papiers is closed. */
export interface CalendarItem {
  id: string;
  date: CalendarDate;
  title: string;
  description: string;
  /** Days before the date at which the phone reminds; the day itself when 0. */
  remindDaysBefore: number;
}

/** Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line to 75 octets, continuation lines starting with a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length;
    if (size + charSize > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compact = (date: CalendarDate) => date.replaceAll("-", "");

/** The day after a calendar date, for an all-day event's exclusive end. */
function nextDay(date: CalendarDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1))
    .toISOString()
    .slice(0, 10)
    .replaceAll("-", "");
}

/** Builds an .ics file (iCalendar 2.0) of all-day events with a display alarm each. */
export function buildCalendar(items: readonly CalendarItem[], now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Papiers//Rappels//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const item of items) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${item.id}@papiers.local`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${nextDay(item.date)}`,
      `SUMMARY:${escapeText(item.title)}`,
      `DESCRIPTION:${escapeText(item.description)}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(item.title)}`,
      // Nine in the morning on the reminder day: all-day events start at midnight.
      `TRIGGER:${item.remindDaysBefore > 0 ? `-P${item.remindDaysBefore - 1}DT15H` : "PT9H"}`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
