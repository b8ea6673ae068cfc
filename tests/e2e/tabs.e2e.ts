import { describe, expect, it } from "vitest";
import { chooseLanguage, openBrowser } from "./browser";

describe("several tabs", () => {
  it("sees in a second tab what the first one saved, and keeps it after reload", async () => {
    const browser = await openBrowser();
    const { page, context, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      const second = await context.newPage();
      await second.goto(`${baseURL}/help`);
      await second.getByRole("heading", { name: "Aide", exact: true }).waitFor();

      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "العربية");
      await second.getByRole("heading", { name: "مساعدة", exact: true }).waitFor();
      expect(await second.evaluate(() => document.documentElement.dir)).toBe("rtl");

      await second.reload();
      await second.getByRole("heading", { name: "مساعدة", exact: true }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
