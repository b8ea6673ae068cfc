// A social worker at the desk uses a keyboard: the core flow works with Tab, Enter and Space only, and the
// focused control is always visibly outlined (UX.md §6.3; WCAG 2.1.1, 2.4.7).
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { EXIF_DIR, pageCount } from "./capturePages";
import { chooseFileByKeyboard, focusKept, focusProblem, onScreen, pickDate, press, tabTo } from "./keyboard";
import { SPOUSE_RENEWAL } from "./questions";

/** The inline style of a corner handle: where it sits on the photo. */
const place = (handle: Locator) => handle.getAttribute("style");

describe("the core flow with the keyboard only", { timeout: 240_000 }, () => {
  it("goes from the language to a document, adds a page and builds the packet, focus always visible", async () => {
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
      const answers = SPOUSE_RENEWAL;
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
      await onScreen(page, /Passeport/);
      expect(new URL(page.url()).pathname).toBe("/document/passport");
      // Its end date, on the date picker: the keyboard stays on the chosen day once it is saved.
      const expiry = page.getByRole("group", { name: "Jusqu'à quand ce papier est-il valable ?" });
      const end = new Date(new Date().getFullYear() + 3, 5, 30, 12);
      await pickDate(page, expiry, end);
      await page.getByText("Valable jusqu'au 30/06/").first().waitFor();
      await focusKept(page);

      // A page of the passport: the file chooser by keyboard, a corner moved with the arrow keys.
      await press(page, page.getByRole("link", { name: "Ajouter des photos" }));
      await onScreen(page, "Passeport");
      await chooseFileByKeyboard(
        page,
        page.getByRole("button", { name: "Choisir une image ou un PDF" }),
        join(EXIF_DIR, "Landscape_1.jpg"),
      );
      const topRight = page.getByRole("button", { name: "Coin en haut à droite" });
      await topRight.waitFor();
      await focusKept(page);
      const before = await place(topRight);
      await tabTo(page, topRight);
      await page.keyboard.press("Shift+ArrowLeft");
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => place(topRight)).not.toBe(before);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "Coin en haut à droite",
      );
      // A radio group is one Tab stop; the arrow keys choose within it.
      await tabTo(page, page.getByRole("radio", { name: "Couleurs corrigées" }));
      await page.keyboard.press("ArrowDown");
      await expect
        .poll(() => page.getByRole("radio", { name: "Noir et blanc, très net" }).isChecked())
        .toBe(true);
      expect(await focusProblem(page)).toBe("");
      await press(page, page.getByRole("button", { name: "Enregistrer la page" }));
      const keep = page.getByRole("button", { name: "Garder quand même" });
      const saved = page.getByRole("status").filter({ hasText: "La page est enregistrée." });
      await saved.or(keep).first().waitFor();
      await focusKept(page);
      // The quality notes show when the photo looks dark or small: keep it anyway, by keyboard.
      if (await keep.isVisible()) await press(page, keep);
      await saved.waitFor();
      await focusKept(page);
      expect(await pageCount(page)).toBe(1);

      // Turn the page, delete it, undo: the keyboard lands on Undo, then back on the screen.
      const thumb = page.locator(".page-thumb img");
      const turn = page.getByRole("button", { name: "Tourner" });
      const turned = await thumb.getAttribute("style");
      await press(page, turn, "Space");
      await expect.poll(() => thumb.getAttribute("style")).not.toBe(turned);
      await press(page, page.getByRole("button", { name: "Supprimer" }));
      const undo = page.getByRole("button", { name: "Annuler" });
      await undo.waitFor();
      await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await pageCount(page)).toBe(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => pageCount(page)).toBe(1);
      await focusKept(page);

      // The packet: one PDF of the ready documents.
      await press(page, page.getByRole("link", { name: "Retour" }), "Enter", { backwards: true });
      await onScreen(page, /Passeport/);
      await press(page, page.getByRole("link", { name: "Retour" }), "Enter", { backwards: true });
      await press(page, page.getByRole("link", { name: "Mon dossier en PDF" }));
      await onScreen(page, "Mon dossier en PDF");
      await press(page, page.getByRole("button", { name: "Faire le PDF" }), "Space");
      const link = page.getByRole("link", { name: "Enregistrer le PDF" }).first();
      await link.waitFor({ timeout: 60_000 });
      await focusKept(page);
      const download = page.waitForEvent("download");
      await press(page, link);
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    } finally {
      await browser.close();
    }
  });
});
