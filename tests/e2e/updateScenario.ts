import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { chooseLanguage, openBrowser, waitForServiceWorker } from "./browser";
import type { PreviewServer } from "./server";

/**
 * Build A is served and loaded; build B replaces it on the same address; the banner offers the update
 * on the home screen only, nothing reloads until the tap, and the tap brings build B.
 */
export async function updateScenario(serve: (root: string) => Promise<PreviewServer>): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "papiers-update-"));
  const buildA = join(work, "a");
  const buildB = join(work, "b");
  await cp("dist", buildA, { recursive: true });
  let server = await serve(buildA);
  const browser = await openBrowser({ baseURL: server.url });
  const { page } = browser;
  try {
    await page.goto(`${server.url}/language`);
    await chooseLanguage(page, "Français");
    await waitForServiceWorker(page);
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    // Build B (a different build date changes the bundle), served on the same address.
    execFileSync(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "--outDir", buildB, "--emptyOutDir"],
      {
        env: { ...process.env, VITE_APP_BUILD: "2099-01-01" },
        stdio: "ignore",
      },
    );
    await server.stop();
    server = await serve(buildB);

    // While a task is on screen, nothing is offered.
    await page.getByRole("link", { name: "Aide", exact: true }).click();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(await page.getByRole("button", { name: "Mettre à jour" }).count()).toBe(0);

    await page.getByRole("link", { name: "Retour" }).click();
    const update = page.getByRole("button", { name: "Mettre à jour" });
    await update.waitFor();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => "__sameDocument" in window), "no reload before the tap").toBe(true);

    await update.click();
    await page.waitForFunction(() => !("__sameDocument" in window));
    await page.goto(`${server.url}/about`);
    await page.getByText("01/01/2099").waitFor();
  } finally {
    await browser.close();
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}
