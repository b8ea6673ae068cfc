// Layout checks axe does not make (UX.md §6.2, §7 items 2 and 20), and moving between screens without a
// page load (a load locks the person, and unlocking costs a key derivation each time).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { LANGUAGE_NAMES } from "@/i18n/languageNames";
import { LANGUAGES } from "@/i18n/languages";

/** The languages every screen is swept and photographed in, as soon as they ship (issue 8). */
export const SWEPT_LANGUAGES = ["fr", "ar", "ti", "bn"].flatMap((code) => {
  const language = LANGUAGES.find((shipped) => shipped.code === code);
  return language ? [{ ...language, ...LANGUAGE_NAMES[language.code] }] : [];
});

/** Goes to an address inside the app as a tap on a link would, and waits for its screen's heading. */
export async function gotoInApp(page: Page, path: string): Promise<void> {
  const here = await page.evaluate(() => location.pathname + location.search);
  if (here === path) {
    // Already there (e.g. home after unlocking): let its lazy texts finish loading before checking it.
    await page.waitForLoadState("networkidle");
    return page.locator("main h1").first().waitFor();
  }
  await settled(page);
  await page.evaluate((to) => {
    for (const heading of document.querySelectorAll("main h1")) {
      heading.setAttribute("data-left", heading.textContent ?? "");
    }
    history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  // A new screen draws a new heading; the same screen with other parameters (one letter, then another)
  // keeps its heading element and changes its text.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("main h1")].some(
      (heading) =>
        !heading.hasAttribute("data-left") || heading.getAttribute("data-left") !== heading.textContent,
    ),
  );
  await settled(page);
}

/**
 * Waits until the screen's heading has stayed the same for half a second: a screen still loading may
 * change (or lose) its heading once its code and texts arrive.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __heading?: string | undefined }).__heading = undefined;
  });
  await page.waitForFunction(
    () => {
      const store = window as unknown as { __heading?: string | undefined; __since?: number };
      const text = document.querySelector("main h1")?.textContent ?? undefined;
      if (text === undefined || text !== store.__heading) {
        store.__heading = text;
        store.__since = Date.now();
        return false;
      }
      return Date.now() - (store.__since ?? Date.now()) >= 500;
    },
    undefined,
    { polling: 100 },
  );
}

/**
 * Sets the text size as a person's browser setting does: the root font size every `rem` follows
 * (base.css leaves it at 100 % of the browser's default, so 200 % here is the default doubled).
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size === 100 ? "" : `${size}%`;
  }, percent);
}

/** Horizontal scrolling, controls cut off or overlapping, and targets under 48 px, as readable lines. */
export function layoutProblems(page: Page, options: { targets?: boolean } = {}): Promise<string[]> {
  return page.evaluate((checkTargets) => {
    const problems: string[] = [];
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`;
    if (overflow > 0) {
      // Name the innermost elements that stick out, so a failure says what to fix.
      const out = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      };
      const culprits = [...document.body.querySelectorAll("*")].filter(
        (el) => out(el) && ![...el.children].some(out),
      );
      problems.push(`scrolls sideways by ${overflow} px: ${culprits.slice(0, 3).map(name).join(", ")}`);
    }
    const controls = [
      ...document.querySelectorAll<HTMLElement>("a, button, input, select, textarea, [role=button]"),
    ].filter((el) => el.offsetParent !== null && !el.classList.contains("skip-link"));
    const boxes = controls.map((el) => ({ el, box: el.getBoundingClientRect() }));
    for (const { el, box } of boxes) {
      if (checkTargets && (box.width < 48 || box.height < 48))
        problems.push(`${name(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
      if (box.left < -1 || box.right > window.innerWidth + 1) problems.push(`${name(el)} goes off screen`);
      // Text wider or taller than its control, and hidden by it, is cut off.
      // Not the browser's own file control: its "No file chosen" text clips at 200 % whatever the CSS.
      const style = getComputedStyle(el);
      const native = el instanceof HTMLInputElement && el.type === "file";
      const hides = !native && (style.overflowX !== "visible" || style.overflowY !== "visible");
      if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
        problems.push(`${name(el)} cuts its text off`);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 1 && height > 1) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    return problems;
  }, options.targets ?? true);
}

const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-results", "screenshots");

/** Saves the whole page as test-results/screenshots/<folder>/<screen>.png, for people to look at. */
export async function saveScreenshot(page: Page, folder: string, screen: string): Promise<void> {
  const name = screen === "/" ? "home" : screen.replace(/^\//, "").replaceAll("/", "-");
  await mkdir(join(SCREENSHOTS, folder), { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, folder, `${name}.png`), fullPage: true });
}
