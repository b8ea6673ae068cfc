import { describe, expect, it } from "vitest";
import { axeViolations, chooseLanguage, openBrowser } from "./browser";

const routes = [
  "/",
  "/language",
  "/help",
  "/about",
  "/calendar",
  "/new",
  "/import",
  "/wipe",
  "/no-such-page",
];

describe.each([
  ["Français", "fr"],
  ["العربية", "ar"],
])("every screen in %s", (endonym, lang) => {
  it("has no axe violations, 48 px targets and no horizontal scroll at 320 px", async () => {
    const browser = await openBrowser({ width: 320, height: 640 });
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, endonym);
      for (const route of routes) {
        await page.goto(baseURL + route);
        await page.locator("main h1").waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await axeViolations(page), `${route} in ${lang}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${route} scrolls sideways`).toBeLessThanOrEqual(0);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("a, button, input, select, textarea, [role=button]")]
            .filter((el) => el.offsetParent !== null && !el.classList.contains("skip-link"))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 48 || box.height < 48)
            .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${box.width}x${box.height}`),
        );
        expect(small, `${route}: targets under 48 px`).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});
