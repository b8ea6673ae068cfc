// Every screen, in every swept language: no axe violations, 48 px targets, no sideways scrolling or cut
// or overlapping controls at 320 px, nor at 200 % text size (UX.md §7 items 2 and 20); and a screenshot
// of each at 360×640 in test-results/screenshots/<lang>/ to look at (issue 8).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openBrowser, type TestBrowser } from "./browser";
import { gotoInApp, layoutProblems, SWEPT_LANGUAGES, saveScreenshot, setTextSize } from "./layout";
import { gotoUnlocked, startAsNewPerson } from "./profiles";

/** Every screen; those with a person's data are reached unlocked, by moving inside the app. */
const routes = [
  "/language",
  "/",
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
  "/journal",
  "/followup/permit/2",
  "/followup/event/1",
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

/** All the checks of one screen as it is now, then its screenshot at 360×640. */
async function sweep(page: Page, lang: string, route: string, shot: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  expect(await axeViolations(page), `${route} in ${lang}`).toEqual([]);
  expect(await layoutProblems(page), `${route} at 320 px`).toEqual([]);
  await setTextSize(page, 200);
  expect(await layoutProblems(page, { targets: false }), `${route} at 200 % text`).toEqual([]);
  await setTextSize(page, 100);
  await page.setViewportSize({ width: 360, height: 640 });
  await saveScreenshot(page, lang, shot);
  await page.setViewportSize({ width: 320, height: 640 });
}

describe.each(SWEPT_LANGUAGES)("every screen in $frenchName", ({ code, endonym }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 320, height: 640 });
    await startAsNewPerson(browser.page, browser.baseURL, endonym);
  });
  afterAll(async () => browser?.close());

  it("the start screen, locked, passes every check", async () => {
    const { page, baseURL } = browser;
    await page.goto(`${baseURL}/`);
    await page.locator("main h1").waitFor();
    await sweep(page, code, "/ (locked)", "start-locked");
    await gotoUnlocked(page, `${baseURL}/`);
  });

  // Long screens (the sources list) take over a minute of axe and layout checks on a busy 2-core machine.
  it.each(routes)("%s passes every check", { timeout: 180_000 }, async (route) => {
    await gotoInApp(browser.page, route);
    await sweep(browser.page, code, route, route);
  });
});
