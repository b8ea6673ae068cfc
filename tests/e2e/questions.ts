import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Taps the picture choices one after the other, waiting for each question to change. */
export async function answer(page: Page, choices: string[]): Promise<void> {
  for (const choice of choices) {
    const before = page.url();
    await page.getByRole("button", { name: choice, exact: true }).click();
    await expect.poll(() => page.url()).not.toBe(before);
  }
}
