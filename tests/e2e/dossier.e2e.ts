import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chooseLanguage, openBrowser, waitForServiceWorker } from "./browser";
import { gotoUnlocked, startAsNewPerson } from "./profiles";
import { answer, SPOUSE_RENEWAL } from "./questions";

/** The screen's accessibility and layout at this width: no axe violation, no sideways scroll, 48 px targets. */
async function checkScreen(page: Page, label: string): Promise<void> {
  expect(await axeViolations(page), label).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    label,
  ).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main a, main button")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ el }) => el.textContent?.trim()),
  );
  expect(small, `${label}: targets under 48 px`).toEqual([]);
}

/** Tigrinya texts by namespace and dotted key, as the screens show them. */
function tigrinya() {
  const files: Record<string, unknown> = {};
  return (namespace: string, key: string): string => {
    files[namespace] ??= JSON.parse(readFileSync(`locales/ti/${namespace}.json`, "utf8"));
    const value = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], files[namespace]);
    if (typeof value !== "string") throw new Error(`No Tigrinya text ${namespace}:${key}`);
    return value;
  };
}

const progress = (page: Page) => page.getByRole("progressbar").getAttribute("aria-label");

// Each test walks a whole flow with axe checks: on a shared 2-core machine that takes over a minute.
describe("the dossier, from home to the checklist with taps only", { timeout: 240_000 }, () => {
  it("in French: statuses survive a reload and going offline", async () => {
    const browser = await openBrowser({ width: 320, height: 640 });
    const { page, context, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await page.getByRole("link", { name: "Mon dossier" }).click();
      await page.getByRole("link", { name: "Répondre aux questions" }).click();
      await page.getByRole("heading", { name: "De quoi avez-vous besoin ?" }).waitFor();
      await checkScreen(page, "questions fr");
      await page.getByRole("button", { name: "Écouter" }).click();
      const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
      await expect
        .poll(async () => (await spoken()).slice(0, 3), { timeout: 10_000 })
        .toEqual([
          "De quoi avez-vous besoin ?",
          "Je viens d'arriver avec un visa long séjour",
          "Une première carte",
        ]);
      await page.getByRole("button", { name: "Arrêter" }).click();
      await answer(page, SPOUSE_RENEWAL);
      await page.getByRole("heading", { name: "Renouveler : marié avec une personne française" }).waitFor();
      await checkScreen(page, "result fr");
      await page.getByRole("link", { name: "Voir mes papiers" }).click();
      await page.getByRole("heading", { name: "Attestation d'hébergement" }).waitFor();
      await checkScreen(page, "checklist fr");
      expect(await progress(page)).toMatch(/^0 prêts sur \d+$/);
      const passport = page.getByRole("group", { name: "Passeport — Où en êtes-vous ?" });
      await passport.getByRole("button", { name: "Je l'ai" }).click();
      await expect.poll(() => progress(page)).toMatch(/^1 prêts sur \d+$/);

      await gotoUnlocked(page, page.url());
      await expect.poll(() => progress(page)).toMatch(/^1 prêts sur \d+$/);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await gotoUnlocked(page, page.url());
      await expect.poll(() => progress(page)).toMatch(/^1 prêts sur \d+$/);
      expect(await passport.getByRole("button", { name: "Je l'ai" }).getAttribute("aria-pressed")).toBe(
        "true",
      );

      await page.getByRole("link", { name: /^Détails — Passeport$/ }).click();
      await page.getByRole("heading", { level: 1, name: "Passeport" }).waitFor();
      expect(await page.getByRole("link", { name: "Ajouter des photos" }).getAttribute("href")).toBe(
        "/pages/passport",
      );
      await checkScreen(page, "document fr");
    } finally {
      await browser.close();
    }
  });

  it("in Arabic, right to left, with the French names kept", async () => {
    const browser = await openBrowser({ width: 320, height: 640 });
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL, "العربية");
      await page.getByRole("link", { name: "ملفي" }).click();
      await page.getByRole("link", { name: "الإجابة عن الأسئلة" }).click();
      await answer(page, ["بطاقة أولى", "الحماية", "لاجئ", "لا متزوج ولا مرتبط بعقد PACS", "لا", "في مسكني"]);
      await page.getByRole("heading", { name: "بطاقة إقامة للاجئ" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      await checkScreen(page, "result ar");
      await page.getByRole("link", { name: "عرض أوراقي" }).click();
      await page.getByRole("heading", { name: "شهادة الميلاد الصادرة عن OFPRA" }).waitFor();
      await page.getByText("Acte de naissance établi par l'OFPRA").waitFor();
      // The droit de timbre is not waived for refugees by DOMAIN.md §3.15: shown, « à confirmer ».
      await page.getByRole("heading", { name: "الطابع الجبائي" }).waitFor();
      await checkScreen(page, "checklist ar");
    } finally {
      await browser.close();
    }
  });

  it("in Tigrinya, with taps only, from the questions to a document", async () => {
    const ti = tigrinya();
    const browser = await openBrowser({ width: 320, height: 640 });
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL, "ትግርኛ");
      await page.getByRole("link", { name: ti("dossier", "tile") }).click();
      await page.getByRole("link", { name: ti("dossier", "checklist.start") }).click();
      await answer(
        page,
        [
          "questions.need.first",
          "questions.ground.protection",
          "questions.detail.refugee",
          "questions.married.single",
          "questions.children.no",
          "questions.housing.own",
        ].map((key) => ti("dossier", key)),
      );
      await page.getByRole("heading", { name: ti("catalogue", "procedures.refugeeFirst.title") }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("ti");
      await checkScreen(page, "result ti");
      await page.getByRole("link", { name: ti("dossier", "result.checklist") }).click();
      const birth = ti("catalogue", "documents.ofpraBirthCertificate.name");
      await page.getByRole("heading", { name: birth }).waitFor();
      await page.getByText("Acte de naissance établi par l'OFPRA").waitFor();
      await checkScreen(page, "checklist ti");
      await page.locator('a[href="/document/ofpraBirthCertificate"]').click();
      await page.getByRole("heading", { level: 1, name: birth }).waitFor();
      await checkScreen(page, "document ti");
    } finally {
      await browser.close();
    }
  });

  it("adds another reason and merges the two procedures", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await startAsNewPerson(page, baseURL);
      await gotoUnlocked(page, `${baseURL}/questions/1`);
      await answer(page, [
        "Renouveler ma carte",
        "Famille",
        "Marié avec une personne française",
        "Une carte de plusieurs années",
        "Une autre",
        "Non",
        "Chez moi",
      ]);
      await page.getByRole("button", { name: "Ajouter une autre raison" }).click();
      await page.getByRole("heading", { name: "Quelle est votre autre raison ?" }).waitFor();
      await answer(page, ["Travail", "J'ai un nouvel emploi"]);
      await page.getByRole("heading", { name: "Renouveler : marié avec une personne française" }).waitFor();
      await page.getByRole("heading", { name: "Renouveler la carte de travail : nouvel emploi" }).waitFor();
      await page.getByRole("link", { name: "Voir mes papiers" }).click();
      await page.getByRole("heading", { name: "Fiches de paie" }).waitFor();
      await page.getByRole("heading", { name: "Acte de mariage" }).waitFor();
      await page.getByText("Pour : Renouveler la carte de travail : nouvel emploi").first().waitFor();
    } finally {
      await browser.close();
    }
  });

  it("lists every procedure with a date on the Sources screen", async () => {
    const browser = await openBrowser();
    const { page, baseURL } = browser;
    try {
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await page.goto(`${baseURL}/sources`);
      await page.getByRole("heading", { level: 1, name: "Sources" }).waitFor();
      const procedures = page.getByRole("list", { name: "Démarches" }).locator(":scope > li");
      const count = await procedures.count();
      expect(count).toBeGreaterThanOrEqual(30);
      expect(await procedures.filter({ hasText: /Vérifié le \d{2}\/\d{2}\/\d{4}/ }).count()).toBe(count);
      await checkScreen(page, "sources fr");
    } finally {
      await browser.close();
    }
  });
});
