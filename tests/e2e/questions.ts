import type { Page } from "playwright-core";
import { expect } from "vitest";
import spouseRenewal from "./spouseRenewal.json";

/**
 * The French answers of a renewal for a spouse of a French national, hosted by someone: the full checklist
 * most paper and dossier tests start from. A JSON file, so that `npm run lighthouse` (plain .mjs) reads the
 * same list.
 */
export const SPOUSE_RENEWAL: string[] = spouseRenewal;

/** Taps the picture choices one after the other, waiting for each question to change. */
export async function answer(page: Page, choices: string[]): Promise<void> {
  for (const choice of choices) {
    const before = page.url();
    await page.getByRole("button", { name: choice, exact: true }).click();
    await expect.poll(() => page.url()).not.toBe(before);
  }
}
