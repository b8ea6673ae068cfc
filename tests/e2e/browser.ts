import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

/** The Chromium the tests drive: Debian's, or the one CHROME_PATH names. */
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** An isolated browser profile with its own storage, recording every request and CSP complaint. */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Requests to anything but the app's origin: must stay empty (Papiers makes none). */
  foreignRequests: string[];
  /** Console messages about the Content-Security-Policy: must stay empty. */
  cspViolations: string[];
  close(): Promise<void>;
}

// The headless Chromium has no speech voices (UX.md §2.1): give it a French one that records what it says.
const speechStub = () => {
  const spoken: string[] = [];
  const voices = [
    { lang: "fr-FR", name: "Test French", default: true, localService: true, voiceURI: "test-fr" },
  ];
  Object.defineProperty(window, "__spoken", { value: spoken });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: class {
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    },
  });
  Object.defineProperty(window, "speechSynthesis", {
    value: {
      getVoices: () => voices,
      speak: (utterance: { text: string }) => spoken.push(utterance.text),
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
};

/** Opens a fresh browser profile on the served build. */
export async function openBrowser(
  options: {
    width?: number;
    height?: number;
    baseURL?: string;
    args?: readonly string[];
    blockServiceWorkers?: boolean;
  } = {},
) {
  const baseURL = options.baseURL ?? inject("baseURL");
  const userDataDir = await mkdtemp(join(tmpdir(), "papiers-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath,
    headless: true,
    // Blocked only where a test serves its own files with `context.route`, which a worker would bypass.
    serviceWorkers: options.blockServiceWorkers ? "block" : "allow",
    viewport: { width: options.width ?? 360, height: options.height ?? 640 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...(options.args ?? []),
    ],
  });
  const origin = new URL(baseURL).origin;
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  const watch = (page: Page) =>
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  context.on("page", watch);
  await context.addInitScript(speechStub);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    baseURL,
    foreignRequests,
    cspViolations,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      expect(foreignRequests, "requests to other origins").toEqual([]);
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
    },
  } satisfies TestBrowser;
}

/** Waits until the service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });
}

/** Chooses a language on the language screen by its own name. */
export async function chooseLanguage(page: Page, endonym: string): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^${endonym}`) }).click();
  await page.waitForURL((url) => url.pathname !== "/language");
}

/** axe-core with the WCAG 2.0–2.2 A/AA rules and the target-size rule switched on. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}
