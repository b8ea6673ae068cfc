import type { Page } from "playwright-core";

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** Taps a date on Papiers' date picker (French): year, month, day. */
export async function tapDate(page: Page, date: Date): Promise<void> {
  await page.getByRole("button", { name: String(date.getFullYear()), exact: true }).click();
  const month = String(date.getMonth() + 1).padStart(2, "0");
  await page.getByRole("button", { name: `${month} — ${MONTHS[date.getMonth()]}` }).click();
  await page.getByRole("button", { name: String(date.getDate()), exact: true }).click();
}
