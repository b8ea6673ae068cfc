import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openBrowser, type TestBrowser } from "./browser";
import { gotoUnlocked, startAsNewPerson } from "./profiles";

/** Screens that show no one's data open without unlocking; every other one needs the PIN after a load. */
const openRoutes = new Set([
  "/language",
  "/help",
  "/about",
  "/calendar",
  "/new",
  "/import",
  "/wipe",
  "/find-help",
  "/sources",
  "/desk/checklist",
  "/desk/checklist/spouseRenewal",
  "/studio",
  "/no-such-page",
]);
/** The start screen itself, shown on "/" before unlocking. */
const LOCKED_START = "/ (locked)";

const routes = [
  LOCKED_START,
  "/",
  "/language",
  "/help",
  "/about",
  "/studio",
  "/calendar",
  "/new",
  "/import",
  "/wipe",
  "/no-such-page",
  "/followup",
  "/followup/permit/1",
  "/followup/permit/2",
  "/followup/event/1",
  "/journal",
  "/journal/new/1",
  "/journal/annex",
  "/find-help",
  "/about-me",
  "/letters",
  "/letters/inPersonReception",
  "/letters/coverLetter",
  "/packet",
  "/questions/1",
  "/result",
  "/checklist",
  "/summary",
  "/desk/checklist",
  "/desk/checklist/spouseRenewal",
  "/document/passport",
  "/sources",
  "/pages/passport",
  "/shared",
];

describe.each([
  ["Français", "fr"],
  ["العربية", "ar"],
])("every screen in %s", (endonym, lang) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 320, height: 640 });
    await startAsNewPerson(browser.page, browser.baseURL, endonym);
  });
  afterAll(async () => browser?.close());

  it.each(routes)(
    "%s has no axe violations, 48 px targets and no horizontal scroll at 320 px",
    async (route) => {
      const { page, baseURL } = browser;
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
    },
  );
});
