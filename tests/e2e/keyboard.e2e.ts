// A social worker at the desk uses a keyboard: the core flow works with Tab, Enter and Space only, and the
// focused control is always visibly outlined (UX.md §6.3; WCAG 2.1.1, 2.4.7).
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";

/** The focused element's outline, or why focus is not visible. */
const focusProblem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing has focus";
    const style = getComputedStyle(el);
    const visible =
      el.matches(":focus-visible") &&
      style.outlineStyle !== "none" &&
      Number.parseFloat(style.outlineWidth) > 0;
    return visible ? "" : `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" has no visible focus`;
  });

/** Presses Tab until `target` has focus, checking at every stop that focus is visible. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let stop = 0; stop < 60; stop++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(await focusProblem(page)).toBe("");
      return;
    }
    const problem = await focusProblem(page);
    if (problem !== "nothing has focus") expect(problem).toBe("");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a control and activates it with a key (Enter for links, Enter or Space for buttons). */
async function press(page: Page, target: Locator, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

describe("the core flow with the keyboard only", { timeout: 240_000 }, () => {
  it("goes from the language to a document's page, focus always visible", async () => {
    const browser = await openBrowser({ width: 360, height: 640 });
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await press(page, page.getByRole("button", { name: /^Français/ }));
      await press(page, page.getByRole("link", { name: "Ajouter une personne" }));
      await press(page, page.getByRole("button", { name: "Chat", exact: true }), "Space");
      for (const digit of "123456123456")
        await press(page, page.getByRole("button", { name: digit, exact: true }), "Space");
      await press(page, page.getByRole("button", { name: "Non, seulement le code" }));

      await press(page, page.getByRole("link", { name: "Mon dossier" }));
      await press(page, page.getByRole("link", { name: "Répondre aux questions" }));
      const answers = [
        "Renouveler ma carte",
        "Famille",
        "Marié avec une personne française",
        "Une carte d'un an",
        "Marocaine",
        "Non",
        "Chez quelqu'un",
      ];
      // Half the answers with Enter, half with Space: both must choose.
      for (const [index, choice] of answers.entries()) {
        const before = page.url();
        await press(
          page,
          page.getByRole("button", { name: choice, exact: true }),
          index % 2 ? "Space" : "Enter",
        );
        await expect.poll(() => page.url()).not.toBe(before);
      }
      await page.getByRole("heading", { name: "Renouveler : marié avec une personne française" }).waitFor();
      await press(page, page.getByRole("link", { name: "Voir mes papiers" }));
      const passport = page.getByRole("group", { name: "Passeport — Où en êtes-vous ?" });
      const have = passport.getByRole("button", { name: "Je l'ai" });
      await press(page, have, "Space");
      await expect.poll(() => have.getAttribute("aria-pressed")).toBe("true");
      await press(page, page.getByRole("link", { name: /^Détails — Passeport$/ }));
      await page.getByRole("heading", { level: 1, name: /Passeport/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/document/passport");
    } finally {
      await browser.close();
    }
  });
});
