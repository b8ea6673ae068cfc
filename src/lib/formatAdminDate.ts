/**
 * Formats an administrative date exactly as French documents print it: DD/MM/YYYY, Latin digits,
 * Gregorian calendar, whatever the interface language. Intl would give a Persian-calendar or
 * month-first date in fa-AF, ps and ti (UX.md §3.3), and people match the screen against paper.
 * Accepts a calendar date "YYYY-MM-DD" or a Date (read in local time).
 */
export function formatAdminDate(value: string | Date): string {
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) throw new RangeError(`Not a calendar date: ${value}`);
    const [, year, month, day] = match;
    return `${day}/${month}/${year}`;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError("Invalid date");
  const day = String(value.getDate()).padStart(2, "0");
  const month = String(value.getMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${String(value.getFullYear()).padStart(4, "0")}`;
}
