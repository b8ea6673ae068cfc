// Letters, the summary sheet and the drop-in desk's blank lists, with the keyboard only (in English, so
// each letter is explained in the person's language before the French one).
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { onScreen, press, printed, printSpy, tabTo } from "./keyboard";
import { startAsNewPerson } from "./profiles";

describe("papers to print with the keyboard only", { timeout: 240_000 }, () => {
  it("opens a letter, folds its explanation, prints it, then the summary and a blank desk list", async () => {
    const browser = await openBrowser();
    const { page, baseURL, context } = browser;
    try {
      await context.addInitScript(printSpy);
      await startAsNewPerson(page, baseURL, "English");
      await press(page, page.getByRole("link", { name: "Letters" }));
      await onScreen(page, "Letters for the préfecture");
      await press(page, page.getByRole("link", { name: "Ask for an appointment to file on paper" }));
      await onScreen(page, "Ask for an appointment to file on paper");

      // The explanation in English folds and unfolds with Enter on its summary.
      const explanation = page.locator("details");
      const summary = page.getByText("What the letter says", { exact: true });
      await tabTo(page, summary);
      await page.keyboard.press("Enter");
      await expect.poll(() => explanation.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await page.keyboard.press("Space");
      await expect.poll(() => explanation.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await explanation.textContent()).toContain("R.431-2");
      await press(page, page.getByRole("button", { name: "Print the letter" }), "Space");
      await expect.poll(() => printed(page)).toBe(1);

      await press(page, page.getByRole("link", { name: "Back" }), "Enter", { backwards: true });
      await onScreen(page, "Letters for the préfecture");
      await press(page, page.getByRole("link", { name: "Print the summary" }));
      await onScreen(page, "Summary to print");
      await press(page, page.getByRole("button", { name: "Print the summary" }));
      await expect.poll(() => printed(page)).toBe(2);

      // Blank lists for drop-in desks, from help: French beside another language.
      await press(page, page.getByRole("link", { name: "Help", exact: true }), "Enter", { backwards: true });
      await onScreen(page, "Help");
      await press(page, page.getByRole("link", { name: "Blank lists to print" }));
      await onScreen(page, "Blank lists to print");
      await press(page, page.getByRole("link", { name: /^Renew your student card/ }));
      await onScreen(page, /student card/);
      const arabic = page.getByRole("button", { name: "العربية" });
      await press(page, arabic, "Space");
      await expect.poll(() => arabic.getAttribute("aria-pressed")).toBe("true");
      await page.locator('[lang="ar"]').filter({ hasText: /\S/ }).first().waitFor();
      await press(page, page.getByRole("button", { name: "Print the list" }));
      await expect.poll(() => printed(page)).toBe(3);
    } finally {
      await browser.close();
    }
  });
});
