import { describe, expect, it } from "vitest";
import { chooseLanguage, openBrowser, waitForServiceWorker } from "./browser";

describe("the app shell", () => {
  it("starts with the language choice, then works offline in French and Arabic", async () => {
    const browser = await openBrowser();
    const { page, context, baseURL } = browser;
    try {
      await page.goto(baseURL);
      await expect.poll(() => page.url()).toContain("/language");
      await page.getByRole("heading", { name: "Choose your language" }).waitFor();
      await chooseLanguage(page, "Français");
      // The start screen draws its title first, then the people once storage has answered.
      await page.getByRole("link", { name: "Ajouter une personne" }).waitFor();
      const homeText = await page.locator("main").innerText();

      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await page.getByRole("link", { name: "Ajouter une personne" }).waitFor();
      expect(await page.locator("main").innerText()).toBe(homeText);

      await page.getByRole("link", { name: "Langue", exact: true }).click();
      await chooseLanguage(page, "العربية");
      await page.getByRole("heading", { name: "مرحبًا" }).waitFor();
      expect(
        await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]),
      ).toEqual(["rtl", "ar"]);

      await page.getByRole("link", { name: "اللغة", exact: true }).click();
      await chooseLanguage(page, "Français");
      await page.getByRole("heading", { name: "Bonjour" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    } finally {
      await browser.close();
    }
  });

  it("is installable", async () => {
    const browser = await openBrowser();
    try {
      await browser.page.goto(browser.baseURL);
      await waitForServiceWorker(browser.page);
      const cdp = await browser.context.newCDPSession(browser.page);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("puts the five controls on every screen, and quick exit leaves for a neutral screen", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      for (const path of ["/", "/help", "/about", "/language"]) {
        await page.goto(baseURL + path);
        const nav = page.getByRole("navigation", { name: "Commandes" });
        for (const name of ["Écouter", "Aide", "Langue", "Sortir vite"]) {
          await expect
            .poll(() =>
              nav
                .getByRole(name === "Écouter" || name === "Sortir vite" ? "button" : "link", { name })
                .count(),
            )
            .toBe(1);
        }
      }
      await page.goto(`${baseURL}/help`);
      await page.getByRole("button", { name: "Sortir vite" }).click();
      await expect.poll(() => page.url()).toBe(`${baseURL}/calendar`);
      await expect.poll(() => page.title()).toBe("Calendrier");
      expect(await page.locator("body").innerText()).not.toContain("Papiers");
    } finally {
      await browser.close();
    }
  });

  it("reads the screen aloud with a voice of the same language, and says so when there is none", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      // The start screen loads its own chunk: listen once it is there, not on the screen before.
      await page.getByRole("heading", { name: "Bonjour" }).waitFor();
      await page.getByRole("button", { name: "Écouter" }).click();
      const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
      // The reader loads on the tap and looks for recorded clips first: give it time on a busy machine.
      await expect.poll(async () => (await spoken())[0], { timeout: 10_000 }).toBe("Bonjour");
      await page.getByRole("button", { name: "Arrêter" }).click();

      await page.getByRole("link", { name: "Langue", exact: true }).click();
      await chooseLanguage(page, "العربية");
      await page.getByRole("button", { name: "استمع" }).click();
      await page.getByRole("status").filter({ hasText: "لا يوجد صوت" }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
