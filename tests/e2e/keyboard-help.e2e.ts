// Listening, help and its bilingual view, the language, and the recording studio, with the keyboard only.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { chooseFileByKeyboard, focused, focusKept, onScreen, press } from "./keyboard";

const spoken = (page: import("playwright-core").Page) =>
  page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length);

describe("help, language, listening and the studio with the keyboard only", { timeout: 240_000 }, () => {
  it("listens, opens help and reads together, changes language, and reaches the studio's honest message", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await press(page, page.getByRole("button", { name: /^Français/ }));
      await onScreen(page, "Bonjour");

      // The top bar sits before the screen: Shift+Tab from the screen's start reaches it.
      await press(page, page.getByRole("button", { name: "Écouter" }), "Space", { backwards: true });
      await expect.poll(() => spoken(page)).toBeGreaterThan(0);
      const stop = page.getByRole("button", { name: "Arrêter" });
      await stop.waitFor();
      await focusKept(page);
      await press(page, stop, "Enter", { backwards: true });
      await page.getByRole("button", { name: "Écouter" }).waitFor();
      await focusKept(page);

      await press(page, page.getByRole("link", { name: "Langue", exact: true }), "Enter", {
        backwards: true,
      });
      await onScreen(page, /Choisissez votre langue/);
      await press(page, page.getByRole("button", { name: /^English/ }));
      await onScreen(page, "Hello");

      // Help from a screen: that screen in French and in English, side by side.
      await press(page, page.getByRole("link", { name: "Help", exact: true }), "Enter", { backwards: true });
      await onScreen(page, "Help");
      const together = page.getByRole("region", { name: /Read together/ });
      await together.waitFor();
      expect(await together.locator('p[lang="fr"]').allTextContents()).toContain("Bonjour");
      await press(page, page.getByRole("link", { name: "About Papiers" }));
      await onScreen(page, "About Papiers");
      await press(page, page.getByRole("link", { name: "Recording studio and audio packs" }));
      await onScreen(page, "Recording studio");
      // A file that is not an audio pack, chosen and opened by keyboard: the screen says so.
      const notAPack = join(tmpdir(), `papiers-not-a-pack-${Date.now()}.zip`);
      writeFileSync(notAPack, "pas un paquet");
      await chooseFileByKeyboard(page, page.getByLabel("Audio pack file (.zip)"), notAPack, "Space");
      await press(page, page.getByRole("button", { name: "Open the pack" }));
      await page.getByRole("alert").filter({ hasText: "not an audio pack" }).waitFor();
      await focusKept(page);
      await press(page, page.getByRole("link", { name: /^Français/ }), "Enter", { backwards: true });
      await onScreen(page, "Recording studio");
      await press(page, page.getByRole("button", { name: "Next", exact: true }));
      await page.getByText(/^Step 2 of \d+$/).waitFor();
      // Next stays where it is: the keyboard stays on it, text after text.
      await expect.poll(() => focused(page)).toMatch(/^in main: BUTTON "Next"$/);
      await press(page, page.getByRole("button", { name: "Record", exact: true }), "Space");
      // No microphone on the test machine: the screen says so, and the keyboard is still on the screen.
      await page.getByRole("alert").filter({ hasText: "The microphone is not available" }).waitFor();
      await focusKept(page);
      await press(page, page.getByRole("link", { name: "Choose another language" }));
      await onScreen(page, "Recording studio");
    } finally {
      await browser.close();
    }
  });
});
