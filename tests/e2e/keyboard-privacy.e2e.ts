// People on a shared phone with the keyboard only: new person, copy, delete with undo, lock and unlock,
// quick exit, receiving a copy, and wiping the phone with undo.
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { personFile } from "./fixtures";
import { afterNextFrame, chooseFileByKeyboard, focusKept, onScreen, press, typeInto } from "./keyboard";

const WORDS = "ane ecole lapin tasse velo zebre";

/** Types a PIN on Papiers' keypad by tabbing to each key and pressing Space. */
async function keypad(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await press(page, page.getByRole("button", { name: digit, exact: true }), "Space");
}

/**
 * Types a PIN with a desk computer's number keys, each key once the dot of the one before shows and the
 * page has drawn it: the keypad renews its key listener after each redraw, and a key pressed sooner (as
 * a script can, not a person) is counted against the old number of digits.
 */
async function numberKeys(page: Page, digits: string, before = 0): Promise<void> {
  for (const [index, digit] of [...digits].entries()) {
    const typed = before + index;
    if (typed > 0) await page.getByText(`Chiffres tapés : ${typed} sur 6`).waitFor();
    await afterNextFrame(page);
    await page.keyboard.press(digit);
  }
}

const people = (page: Page) => page.getByRole("list", { name: "Les personnes sur ce téléphone" });

describe("privacy with the keyboard only", { timeout: 240_000 }, () => {
  it("adds a person, copies the file, undoes a delete, locks, unlocks, exits quickly and receives a copy", async () => {
    const fixture = await personFile(WORDS);
    const copy = join(tmpdir(), `papiers-keyboard-${Date.now()}.papiers`);
    writeFileSync(copy, fixture.file);
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await press(page, page.getByRole("button", { name: /^Français/ }));
      await onScreen(page, "Bonjour");
      await press(page, page.getByRole("link", { name: "Ajouter une personne" }));
      await press(page, page.getByRole("button", { name: "Soleil", exact: true }), "Space");
      await keypad(page, "123456");
      await keypad(page, "123456");
      await press(page, page.getByRole("button", { name: "Non, seulement le code" }));
      await onScreen(page, "Bonjour");

      // A copy of the file: the six words, then the download.
      await press(page, page.getByRole("link", { name: "Mon code et ma copie" }));
      await onScreen(page, "Mon code et ma copie");
      await press(page, page.getByRole("link", { name: "Faire une copie de mon dossier" }));
      await onScreen(page, "Copie de mon dossier");
      await page.getByRole("list", { name: "Les 6 mots de la copie" }).getByRole("listitem").nth(5).waitFor();
      const download = page.waitForEvent("download");
      await press(page, page.getByRole("button", { name: "Enregistrer ou envoyer la copie" }), "Space");
      expect((await readFile((await (await download).path()) ?? "")).byteLength).toBeGreaterThan(0);
      await focusKept(page);
      await press(page, page.getByRole("link", { name: "Retour" }), "Enter", { backwards: true });
      await onScreen(page, "Mon code et ma copie");

      // A new PIN: the old one, then the new one twice, on the keypad that replaces the button.
      await press(page, page.getByRole("button", { name: "Changer mon code" }));
      await page.getByRole("group", { name: "Tapez votre code actuel." }).waitFor();
      await focusKept(page);
      await keypad(page, "123456");
      await page.getByRole("group", { name: "Choisissez un code secret de 6 chiffres." }).waitFor();
      await keypad(page, "654321");
      await page.getByRole("group", { name: "Tapez le même code encore une fois." }).waitFor();
      await keypad(page, "654321");
      await page.getByRole("status").filter({ hasText: "Votre code a changé." }).waitFor();
      await focusKept(page);

      // Delete, then undo: the keyboard lands on Undo and stays on the screen after it.
      await press(page, page.getByRole("button", { name: "Supprimer cette personne" }));
      await press(page, page.getByRole("button", { name: "Annuler" }));
      await page.getByRole("button", { name: "Annuler" }).waitFor({ state: "detached" });
      await focusKept(page);

      await press(page, page.getByRole("button", { name: "Fermer mon dossier" }), "Enter", {
        backwards: true,
      });
      await onScreen(page, "Bonjour");
      await press(page, people(page).getByRole("button", { name: "Soleil" }));
      await page.getByRole("group", { name: "Tapez votre code secret" }).waitFor();
      await focusKept(page);
      // The keys by Tab and Space, or a desk computer's number keys.
      await keypad(page, "654");
      await numberKeys(page, "321", 3);
      await people(page).waitFor({ state: "detached" });
      await onScreen(page, "Mon code et ma copie");

      // Quick exit from the top bar, then back into Papiers: locked.
      await press(page, page.getByRole("button", { name: "Sortir vite" }), "Enter", { backwards: true });
      await expect.poll(() => new URL(page.url()).pathname).toBe("/calendar");
      await press(page, page.getByRole("link", { name: "Ouvrir" }));
      await onScreen(page, "Bonjour");
      await people(page).waitFor();
      // Quick exit by keyboard alone: Shift three times.
      await press(page, people(page).getByRole("button", { name: "Soleil" }));
      await keypad(page, "654321");
      // Quick exit left no trace in history: unlocking opens the home screen.
      await onScreen(page, "Bonjour");
      await page.getByRole("link", { name: "Mon code et ma copie" }).waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await expect.poll(() => new URL(page.url()).pathname).toBe("/calendar");
      await press(page, page.getByRole("link", { name: "Ouvrir" }));
      await onScreen(page, "Bonjour");

      // A copy received from another phone.
      await press(page, page.getByRole("link", { name: "Recevoir un dossier" }));
      await onScreen(page, "Recevoir un dossier");
      await chooseFileByKeyboard(page, page.getByLabel("Le fichier (.papiers)"), copy, "Space");
      await typeInto(page, page.getByLabel("Les 6 mots"), WORDS);
      await press(page, page.getByRole("button", { name: "Ouvrir la copie" }));
      await page.getByText("Où ouvrir ce dossier ?").waitFor();
      await focusKept(page);
      await press(page, page.getByRole("button", { name: "Garder sur cet appareil, avec un code" }));
      await page.getByText("Choisissez un code secret de 6 chiffres pour ce téléphone.").waitFor();
      await focusKept(page);
      await keypad(page, "111111");
      await keypad(page, "111111");
      await onScreen(page, "Bonjour");
      await page.getByRole("link", { name: "Mon code et ma copie" }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it("wipes the phone only after the undo time, and undo keeps everyone", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await press(page, page.getByRole("button", { name: /^Français/ }));
      await press(page, page.getByRole("link", { name: "Ajouter une personne" }));
      await press(page, page.getByRole("button", { name: "Pomme", exact: true }), "Space");
      // A desk computer's number keys, each code once its keypad shows.
      await page.getByRole("group", { name: "Choisissez un code secret de 6 chiffres." }).waitFor();
      await numberKeys(page, "222222");
      await page.getByRole("group", { name: "Tapez le même code encore une fois." }).waitFor();
      await numberKeys(page, "222222");
      await press(page, page.getByRole("button", { name: "Non, seulement le code" }));
      await press(page, page.getByRole("link", { name: "Mon code et ma copie" }));
      await press(page, page.getByRole("button", { name: "Fermer mon dossier" }));
      await onScreen(page, "Bonjour");

      await press(page, page.getByRole("link", { name: "Tout effacer sur ce téléphone" }));
      await onScreen(page, "Tout effacer sur ce téléphone");
      await press(page, page.getByRole("button", { name: "Tout effacer" }));
      await press(page, page.getByRole("button", { name: "Annuler" }));
      await page.getByRole("button", { name: "Annuler" }).waitFor({ state: "detached" });
      await focusKept(page);
      await press(page, page.getByRole("link", { name: "Retour" }), "Enter", { backwards: true });
      await onScreen(page, "Bonjour");
      await people(page).getByRole("button", { name: "Pomme" }).waitFor();

      await press(page, page.getByRole("link", { name: "Tout effacer sur ce téléphone" }));
      await press(page, page.getByRole("button", { name: "Tout effacer" }), "Space");
      // Everything is gone, the language too: Papiers starts again as on a new phone.
      await page.waitForURL((url) => url.pathname === "/language", { timeout: 30_000 });
      await press(page, page.getByRole("button", { name: /^Français/ }));
      await onScreen(page, "Bonjour");
      await page.getByRole("link", { name: "Ajouter une personne" }).waitFor();
      expect(await people(page).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
