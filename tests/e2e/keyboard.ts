// Keyboard-only helpers: reach a control with Tab (or Shift+Tab), checking at every stop that the focused
// element is visibly outlined, then act with Enter, Space, arrows or typing (UX.md §6.3; WCAG 2.1.1, 2.4.7).
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** The focused element's outline, or why focus is not visible. */
export const focusProblem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing has focus";
    // A screen's start takes focus from the app, not from Tab (it is no Tab stop).
    if (el.id === "main") return "the screen's start has focus";
    // A visually hidden input (a file input inside its label-button) shows its focus on that label.
    const box = el.getBoundingClientRect();
    const shown = box.width < 4 || box.height < 4 ? (el.closest("label") ?? el) : el;
    const style = getComputedStyle(shown);
    const visible =
      el.matches(":focus-visible") &&
      style.outlineStyle !== "none" &&
      Number.parseFloat(style.outlineWidth) > 0;
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30);
    return visible ? "" : `${el.tagName} "${name}" has no visible focus`;
  });

interface TabOptions {
  /** Shift+Tab walks backwards: from a screen's start to its top bar (listen, help, language, exit). */
  backwards?: boolean;
  /** Most stops before giving up (a date picker offers a hundred years). */
  stops?: number;
}

/** Resolves once the page has drawn a frame and run the effects scheduled after it. */
export const afterNextFrame = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

/** Presses Tab until `target` has focus, checking at every stop that focus is visible. */
export async function tabTo(page: Page, target: Locator, options: TabOptions = {}): Promise<void> {
  await target.waitFor();
  // A screen that just showed moves focus to its start after it is drawn: let it, then press Tab.
  await afterNextFrame(page);
  const key = options.backwards ? "Shift+Tab" : "Tab";
  for (let stop = 0; stop < (options.stops ?? 60); stop++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(await focusProblem(page)).toBe("");
      return;
    }
    const problem = await focusProblem(page);
    if (problem !== "nothing has focus" && problem !== "the screen's start has focus")
      expect(problem).toBe("");
  }
  throw new Error(`${key} never reached ${target}`);
}

/** Tabs to a control and activates it with a key (Enter for links, Enter or Space for buttons). */
export async function press(
  page: Page,
  target: Locator,
  key: "Enter" | "Space" = "Enter",
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}

/** Tabs to a text field and types into it, as a person would. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** What has focus: "body" when focus was lost, "main" for a screen's start, else the element. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    if (el.id === "main") return "main";
    const inMain = el.closest("main") ? "in main" : "outside main";
    return `${inMain}: ${el.tagName} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
  });

/**
 * Waits for a screen's heading, then checks the keyboard is on that screen: focus moved to its start
 * (or into it) rather than lost on the page's body, so the next Tab goes on from there.
 */
export async function onScreen(page: Page, heading: string | RegExp): Promise<void> {
  await page
    .getByRole("heading", { level: 1, name: heading })
    .waitFor()
    .catch(async (error: unknown) => {
      const shown = await page.locator("h1").allInnerTexts();
      throw new Error(`Not on "${heading}" but on ${JSON.stringify(shown)} at ${page.url()}`, {
        cause: error,
      });
    });
  await expect.poll(() => focused(page)).toMatch(/^(main|in main)/);
}

/** Checks focus did not fall back to the page's body (after a step, a dialog or an undo). */
export async function focusKept(page: Page): Promise<void> {
  await expect.poll(() => focused(page)).not.toBe("body");
}

/** Taps a date on Papiers' date picker by keyboard: year, month, day (each a button, Enter). */
export async function pickDate(page: Page, picker: Locator, date: Date): Promise<void> {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  await press(page, picker.getByRole("button", { name: String(date.getFullYear()), exact: true }), "Enter", {
    stops: 150,
  });
  await press(page, picker.getByRole("button", { name: new RegExp(`^${month} — `) }), "Space", {
    stops: 150,
  });
  await press(page, picker.getByRole("button", { name: String(date.getDate()), exact: true }), "Enter", {
    stops: 150,
  });
}

/** Calendar date `days` from today, as the phone sees it. */
export function fromToday(days: number): Date {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date;
}

/** A date as French papers write it: 31/12/2026. */
export const adminDate = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/** Records window.print() instead of opening the system's print dialog. */
export const printSpy = () => {
  const calls: number[] = [];
  Object.defineProperty(window, "__printed", { value: calls });
  window.print = () => {
    calls.push(Date.now());
  };
};
export const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __printed: number[] }).__printed.length);

/** Opens the system's file chooser from a control by keyboard and gives it a file (the OS dialog's part). */
export async function chooseFileByKeyboard(
  page: Page,
  control: Locator,
  file: string,
  key: "Enter" | "Space" = "Enter",
): Promise<void> {
  await tabTo(page, control);
  const chooser = page.waitForEvent("filechooser");
  // One round trip, so the browser intercepts the dialog before the key opens it.
  await page.evaluate(() => undefined);
  await page.keyboard.press(key);
  await (await chooser).setFiles(file);
}
