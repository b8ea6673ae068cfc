// "About me", dates, the follow-up after filing and the journal of attempts, with the keyboard only.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { EXIF_DIR } from "./capturePages";
import {
  adminDate,
  chooseFileByKeyboard,
  focusKept,
  fromToday,
  onScreen,
  pickDate,
  press,
  printed,
  printSpy,
  typeInto,
} from "./keyboard";
import { gotoUnlocked, startAsNewPerson } from "./profiles";

const SCREENSHOT = join(EXIF_DIR, "Landscape_1.jpg");

describe("the person's own screens with the keyboard only", { timeout: 240_000 }, () => {
  it("types a name and picks a birth date on “About me”; a reload shows them", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await press(page, page.getByRole("link", { name: "Mes informations" }));
      await onScreen(page, "Mes informations");
      await typeInto(page, page.getByLabel("Nom", { exact: true }), "Diallo");
      await typeInto(page, page.getByLabel("Prénoms"), "Aminata");
      const birth = page.getByRole("group", { name: "Date de naissance" });
      await pickDate(page, birth, new Date(1990, 4, 17, 12));
      await birth.getByText("17/05/1990").waitFor();
      // Each field is saved when it is left.
      await page.getByRole("status").filter({ hasText: "Enregistré." }).waitFor();

      await gotoUnlocked(page, page.url());
      await onScreen(page, "Mes informations");
      expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe("Diallo");
      expect(await page.getByLabel("Prénoms").inputValue()).toBe("Aminata");
      await page.getByRole("group", { name: "Date de naissance" }).getByText("17/05/1990").waitFor();
    } finally {
      await browser.close();
    }
  });

  it("enters the permit's end date and channel, a filing date and how it was filed, and puts the dates in the agenda", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await press(page, page.getByRole("link", { name: "Mes dates" }));
      await onScreen(page, "Mes dates");
      await press(page, page.getByRole("link", { name: "Ajouter mon titre" }));
      await onScreen(page, "Mon titre actuel");
      await page.getByText("Étape 1 sur 3").waitFor();
      await press(page, page.getByRole("button", { name: /^Titre de séjour/ }), "Space");
      await page.getByText("Étape 2 sur 3").waitFor();
      await focusKept(page);
      const expiry = fromToday(100);
      await pickDate(page, page.getByRole("group", { name: "Jusqu'à quelle date est-il valable ?" }), expiry);
      await page.getByText(adminDate(expiry)).first().waitFor();
      await press(page, page.getByRole("button", { name: "Suivant" }));
      await page.getByText("Étape 3 sur 3").waitFor();
      await focusKept(page);
      await press(page, page.getByRole("button", { name: "Sur internet (ANEF)" }));
      await onScreen(page, "Mes dates");
      await page.getByRole("figure", { name: "Les dates du renouvellement" }).waitFor();

      // After filing: the day the request was made.
      await press(page, page.getByRole("link", { name: "Ajouter une date" }));
      await onScreen(page, "Après le dépôt");
      await press(page, page.getByRole("button", { name: "J'ai déposé ma demande" }));
      await page.getByText("Étape 2 sur 3").waitFor();
      await focusKept(page);
      const filed = fromToday(-3);
      await pickDate(page, page.getByRole("group", { name: "À quelle date ?" }), filed);
      await press(page, page.getByRole("button", { name: "Suivant" }));
      // How it was filed: one key press on a picture button saves the event.
      await page.getByText("Étape 3 sur 3").waitFor();
      await focusKept(page);
      await press(page, page.getByRole("button", { name: "Au guichet de la préfecture" }));
      await onScreen(page, "Mes dates");
      await page.getByText(adminDate(filed)).first().waitFor();
      await page.getByText("Au guichet de la préfecture", { exact: false }).first().waitFor();

      // Deleted by mistake, then undone: the keyboard lands on Undo, then back on the screen.
      const filedRow = page.getByRole("listitem").filter({ hasText: "J'ai déposé ma demande" });
      await press(page, filedRow.getByRole("button", { name: "Supprimer" }));
      const undo = page.getByRole("button", { name: "Annuler" });
      await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await filedRow.waitFor();
      await undo.waitFor({ state: "detached" });
      await focusKept(page);

      const download = page.waitForEvent("download");
      await press(page, page.getByRole("button", { name: "Mettre dans mon agenda" }), "Space");
      expect((await download).suggestedFilename()).toMatch(/\.ics$/);
      await focusKept(page);
    } finally {
      await browser.close();
    }
  });

  it("notes an attempt in the journal and reaches its printable annex", async () => {
    const browser = await openBrowser();
    const { page, baseURL, context } = browser;
    try {
      await context.addInitScript(printSpy);
      await startAsNewPerson(page, baseURL);
      await press(page, page.getByRole("link", { name: "Mes essais" }));
      await onScreen(page, "Mes essais");
      await press(page, page.getByRole("link", { name: "Noter un essai" }));
      await onScreen(page, "Noter un essai");
      await press(page, page.getByRole("button", { name: /^Erreur sur le site ANEF/ }), "Space");
      await page.getByText("Étape 2 sur 3").waitFor();
      await focusKept(page);
      await pickDate(page, page.getByRole("group", { name: "Quand ?" }), fromToday(-2));
      await press(page, page.getByRole("button", { name: "Suivant" }));
      await page.getByText("Étape 3 sur 3").waitFor();
      await focusKept(page);
      await typeInto(
        page,
        page.getByLabel("Ce qui s'est passé, le message d'erreur"),
        "Erreur technique T-48213",
      );
      // The file chooser is the system's: the app's part is reaching it and opening it by keyboard.
      await chooseFileByKeyboard(page, page.getByLabel("Ajouter une photo de l'écran"), SCREENSHOT, "Space");
      await page.getByText("Photo de l'écran ajoutée.").waitFor();
      await focusKept(page);
      await press(page, page.getByRole("button", { name: "Enregistrer" }));
      await onScreen(page, "Mes essais");
      await page.getByText("Erreur technique T-48213").waitFor();

      await press(page, page.getByRole("link", { name: "Imprimer pour la préfecture" }));
      await onScreen(page, "Mes essais à imprimer");
      await press(page, page.getByRole("button", { name: "Imprimer", exact: true }), "Space");
      await expect.poll(() => printed(page)).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
