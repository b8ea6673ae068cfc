import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { dumpDatabase, gotoUnlocked, startAsNewPerson } from "./profiles";

/** From the journal, notes a call to the Centre de contact citoyen, dated today, with a ticket number. */
async function noteCall(page: Page, baseURL: string, ticket: string) {
  await page.getByRole("link", { name: "Noter un essai" }).click();
  await page.getByRole("button", { name: /^Appel au Centre de contact citoyen/ }).click();
  const today = new Date();
  await page.getByRole("button", { name: String(today.getFullYear()), exact: true }).click();
  await page
    .getByRole("button", { name: new RegExp(`^${String(today.getMonth() + 1).padStart(2, "0")} — `) })
    .click();
  await page.getByRole("button", { name: String(today.getDate()), exact: true }).click();
  await page.getByRole("button", { name: "Suivant" }).click();
  await page.getByLabel("Numéro de ticket").fill(ticket);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.waitForURL(`${baseURL}/journal`);
}

describe("two tabs on the same person", () => {
  it("shows one tab's entries in the other, and when one tab deletes the person the other ends locked, with nothing left", async () => {
    const browser = await openBrowser();
    const { page: first, context, baseURL } = browser;
    try {
      await startAsNewPerson(first, baseURL);
      // The second tab unlocks on its own: each tab keeps its key in memory only.
      const second = await context.newPage();
      await gotoUnlocked(second, `${baseURL}/journal`);
      await second.getByText("Aucun essai noté.").waitFor();

      // Editing in both tabs: each sees the other's entry without reloading (a reload locks a tab).
      await first.getByRole("link", { name: "Mes essais" }).click();
      await noteCall(first, baseURL, "T-1111");
      await second.getByText("T-1111").waitFor();
      await noteCall(second, baseURL, "T-2222");
      await first.getByText("T-2222").waitFor();

      // The first tab deletes the person (after the undo delay); the second still shows the journal.
      await gotoUnlocked(first, `${baseURL}/person`);
      await first.getByRole("button", { name: "Supprimer cette personne" }).click();
      await first.getByRole("link", { name: "Ajouter une personne" }).waitFor({ timeout: 30_000 });

      // The other tab is locked at the start screen: no entry of the deleted person stays visible.
      await second.getByRole("link", { name: "Ajouter une personne" }).waitFor();
      expect(await second.getByText("T-1111").count()).toBe(0);
      expect(await second.getByText("T-2222").count()).toBe(0);
      expect(await second.getByRole("heading", { level: 1, name: "Mes essais" }).count()).toBe(0);

      // Nothing comes back: no record, page or key of that person is left in storage, even after a
      // write attempt from the second tab's old address and a reload.
      await second.goto(`${baseURL}/journal/new/1`);
      await second.getByRole("link", { name: "Ajouter une personne" }).waitFor();
      const dump = await dumpDatabase(second);
      expect(dump.profiles).toEqual([]);
      expect(dump.records).toEqual([]);
      expect(dump.files).toEqual([]);
    } finally {
      await browser.close();
    }
    // Two unlocks (PIN key derivation in each tab) and the 10-second undo delay on a shared 2-core machine.
  }, 180_000);
});
