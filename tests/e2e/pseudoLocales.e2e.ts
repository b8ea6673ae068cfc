// Layout survives longer texts and right-to-left before real translations exist (UX.md §3.6): the test
// serves pseudo-locales generated from French in place of the English and Arabic locale files. Nothing
// of this ships; the app is unchanged.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocaleTree } from "../localeChecks";
import { accented, bidi, pseudoTree } from "../pseudoLocale";
import { openBrowser, type TestBrowser } from "./browser";
import { gotoInApp, layoutProblems, saveScreenshot, setTextSize } from "./layout";
import { startAsNewPerson } from "./profiles";
import { SPOUSE_RENEWAL } from "./questions";

const ROOT = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(ROOT, "dist", ".vite", "manifest.json"), "utf8")) as Record<
  string,
  { file: string }
>;
const namespaces = readdirSync(join(ROOT, "locales", "fr"))
  .filter((file) => file.endsWith(".json") && file !== "_meta.json")
  .map((file) => file.replace(/\.json$/, ""));

/** Answers every locale chunk of `lang` in the build with the French texts passed through `change`. */
async function servePseudoLocale(context: BrowserContext, lang: string, change: (text: string) => string) {
  for (const ns of namespaces) {
    const chunk = manifest[`locales/${lang}/${ns}.json`];
    if (!chunk) continue;
    const french = JSON.parse(readFileSync(join(ROOT, "locales", "fr", `${ns}.json`), "utf8")) as LocaleTree;
    const body = `export default ${JSON.stringify(pseudoTree(french, change))};`;
    await context.route(`**/${chunk.file}`, (route) =>
      route.fulfill({ contentType: "text/javascript", body }),
    );
  }
}

/** Key screens of the core flow and the follow-up, after one dossier is answered. */
const screens = [
  "/",
  "/questions/1",
  "/result",
  "/checklist",
  "/document/passport",
  "/followup",
  "/letters",
  "/about",
];

describe.each([
  { pseudo: "accented", as: "en", endonym: "English", change: accented, dir: "ltr", mark: "[" },
  { pseudo: "bidi", as: "ar", endonym: "العربية", change: bidi, dir: "rtl", mark: "\u202e" },
])("the $pseudo pseudo-locale", ({ pseudo, as, endonym, change, dir, mark }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 320, height: 640, blockServiceWorkers: true });
    await servePseudoLocale(browser.context, as, change);
    const { page, baseURL } = browser;
    await startAsNewPerson(page, baseURL, endonym);
    await gotoInApp(page, "/questions/1");
    for (const answer of SPOUSE_RENEWAL) {
      const before = page.url();
      await page.getByRole("button", { name: change(answer), exact: true }).click();
      await page.waitForURL((url) => url.href !== before);
    }
  });
  afterAll(async () => browser?.close());

  it.each(screens)(
    "%s neither scrolls sideways nor cuts or overlaps controls, at 100 and 200 %",
    async (route) => {
      const { page } = browser;
      await gotoInApp(page, route);
      expect(await page.locator("main h1").first().innerText()).toContain(mark);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      expect(await layoutProblems(page), `${route} at 320 px`).toEqual([]);
      await setTextSize(page, 200);
      expect(await layoutProblems(page, { targets: false }), `${route} at 200 % text`).toEqual([]);
      await setTextSize(page, 100);
      await saveScreenshot(page, `pseudo-${pseudo}`, route);
    },
  );
});
