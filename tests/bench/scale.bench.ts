// `npm run bench:scale` (after `npm run build`): a phone shared by 5 people, one of them with 3 procedures,
// 40 documents and 120 pages, served by the production nginx configuration in Debian's Chromium. Times each
// step a person waits for, at full speed and with the CPU slowed 4× (a stand-in for a cheap phone), with the
// longest main-thread task and the JS heap peak. A benchmark: it prints figures, it asserts nothing.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { describe, it } from "vitest";
import { hasNginx, startNginx } from "../../scripts/nginx.mjs";
import { openBrowser, type TestBrowser } from "../e2e/browser";
import { typePin } from "../e2e/profiles";
import { type GeneratedPage, largePersonFile, smallPersonFile, TEN_PAGE_DOCUMENT } from "./largeCase";

const PORT = Number(process.env.BENCH_PORT ?? 4186);
const PAGES = 120;
// Distinct page pictures; the 120 pages cycle through them (drawing each costs seconds on a slow machine).
const DISTINCT_PAGES = 12;
const WORDS = "ane ecole lapin tasse velo zebre";
const PIN = "123456";
const SMALL_AVATARS = ["cat", "fish", "bird", "tree"];

/** One measured step: wall time, longest main-thread task, JS heap peak. */
interface Measure {
  ms: number;
  longestTaskMs: number;
  heapPeakMB: number;
}

/** Draws `count` A4 pages (150 dpi) of grey text lines in Chromium and encodes them as JPEG, like scans. */
async function generatePages(page: Page, count: number): Promise<GeneratedPage[]> {
  const encoded = await page.evaluate(async (n) => {
    const toBase64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = "";
      for (let i = 0; i < bytes.length; i += 32_768)
        text += String.fromCharCode(...bytes.subarray(i, i + 32_768));
      return btoa(text);
    };
    const out = [];
    for (let i = 0; i < n; i++) {
      const canvas = new OffscreenCanvas(1240, 1754);
      const g = canvas.getContext("2d");
      if (!g) throw new Error("no 2d context");
      g.fillStyle = "#f4f1ea";
      g.fillRect(0, 0, 1240, 1754);
      g.fillStyle = "#222";
      g.font = "28px serif";
      for (let line = 0; line < 48; line++) {
        const words = Array.from({ length: 9 }, (_, w) => `mot${(i * 31 + line * 7 + w * 3) % 97}`);
        g.fillText(words.join(" "), 110, 140 + line * 32);
      }
      // Paper grain: scans are never flat colour, which is what makes their JPEGs weigh what they weigh.
      const grain = g.getImageData(0, 0, 1240, 1754);
      for (let p = 0; p < grain.data.length; p += 4) {
        const noise = ((p * 2654435761 + i) >>> 24) % 12;
        for (let c = p; c < p + 3; c++) grain.data[c] = (grain.data[c] ?? 0) - noise;
      }
      g.putImageData(grain, 0, 0);
      const pageBlob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.8 });
      const thumb = new OffscreenCanvas(180, 255);
      thumb.getContext("2d")?.drawImage(canvas, 0, 0, 180, 255);
      const thumbBlob = await thumb.convertToBlob({ type: "image/jpeg", quality: 0.7 });
      out.push({ page: await toBase64(pageBlob), thumbnail: await toBase64(thumbBlob) });
    }
    return out;
  }, count);
  return encoded.map(({ page: p, thumbnail }) => ({
    page: new Uint8Array(Buffer.from(p, "base64")),
    thumbnail: new Uint8Array(Buffer.from(thumbnail, "base64")),
    width: 1240,
    height: 1754,
  }));
}

/** Times `action` until it resolves, sampling the JS heap and the longest task meanwhile. */
async function measure(
  page: Page,
  cdp: CDPSession,
  action: () => Promise<void>,
  name = "",
): Promise<Measure> {
  const profile = process.env.BENCH_PROFILE !== undefined && new RegExp(process.env.BENCH_PROFILE).test(name);
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks = [];
  });
  let heapPeak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      heapPeak = Math.max(heapPeak, heap);
      await new Promise((r) => setTimeout(r, 50));
    }
  })().catch(() => undefined);
  const start = performance.now();
  try {
    await action();
  } finally {
    sampling = false;
    await sampler;
  }
  const ms = performance.now() - start;
  if (profile) {
    const { profile: taken } = await cdp.send("Profiler.stop");
    const file = `test-results/${name.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`;
    await writeFile(file, JSON.stringify(taken));
    console.log(`CPU profile of "${name}": ${file} (node scripts/bench/longTasks.mjs ${file})`);
  }
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(100);
  const longest = await page.evaluate(() =>
    Math.max(0, ...((window as unknown as { __longTasks?: number[] }).__longTasks ?? [])),
  );
  return { ms, longestTaskMs: longest, heapPeakMB: heapPeak / 1024 / 1024 };
}

/** Records main-thread tasks over 50 ms from the first script on. */
const watchLongTasks = () => {
  const store = window as unknown as { __longTasks: number[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
};

/** Chooses a `.papiers` file on the import screen and opens it with the words. */
async function openBackup(page: Page, file: string): Promise<void> {
  await page.getByRole("link", { name: "Recevoir un dossier" }).click();
  await page.setInputFiles("#import-file", file);
  await page.getByLabel("Les 6 mots").fill(WORDS);
  await page.getByRole("button", { name: "Ouvrir la copie" }).click();
  await page.getByText("Où ouvrir ce dossier ?").waitFor({ timeout: 300_000 });
}

/** After opening: keeps the person on this phone with the PIN, until their home screen. */
async function keepBackup(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Garder sur cet appareil, avec un code" }).click();
  await typePin(page, PIN);
  await typePin(page, PIN.slice(0, 5));
  await page.getByRole("button", { name: PIN.slice(5), exact: true }).click();
  await page.getByRole("link", { name: "Mon code et ma copie" }).waitFor({ timeout: 300_000 });
}

/** Goes to an address inside the app without a page load (a load would lock). */
async function goInside(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** One full run of the case in a fresh browser profile at this CPU slowdown. */
async function run(base: string, files: { large: string; small: string[] }, slowdown: number) {
  const browser: TestBrowser = await openBrowser({ baseURL: base });
  const { page, context } = browser;
  const results: Record<string, Measure> = {};
  try {
    await context.addInitScript(watchLongTasks);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const step = async (name: string, action: () => Promise<void>) => {
      results[name] = await measure(page, cdp, action, name);
    };
    await page.goto(`${base}/language`);
    await page.getByRole("button", { name: /^Français/ }).click();
    await page.waitForURL((url) => url.pathname !== "/language");
    // The four other people on the phone, each with a page.
    for (const file of files.small) {
      await openBackup(page, file);
      await keepBackup(page);
      await page.goto(`${base}/`);
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });

    await step("import the large person: open the file", () => openBackup(page, files.large));
    await step("import the large person: keep it (PIN)", () => keepBackup(page));

    await page.goto(`${base}/checklist`);
    const people = page.getByRole("list", { name: "Les personnes sur ce téléphone" });
    await people.getByRole("button", { name: "Montagne" }).click();
    await typePin(page, PIN.slice(0, 5));
    await step("unlock → checklist shown", async () => {
      await page.getByRole("button", { name: PIN.slice(5), exact: true }).click();
      await page.getByRole("progressbar").waitFor({ timeout: 120_000 });
      await page.locator(`a[href="/document/${TEN_PAGE_DOCUMENT}"]`).waitFor();
    });

    await goInside(page, `/document/${TEN_PAGE_DOCUMENT}`);
    const pagesLink = page.locator(`a[href="/pages/${TEN_PAGE_DOCUMENT}"]`);
    await pagesLink.waitFor();
    await step("open a document with 10 pages", async () => {
      await pagesLink.click();
      await page.waitForFunction(
        () => {
          const images = [...document.querySelectorAll<HTMLImageElement>("main img")];
          return images.length >= 10 && images.every((img) => img.complete && img.naturalWidth > 0);
        },
        undefined,
        { timeout: 120_000 },
      );
    });

    await goInside(page, "/export");
    const list = page.getByRole("list", { name: "Les 6 mots de la copie" });
    await list.getByRole("listitem").nth(5).waitFor();
    let exportedBytes = 0;
    await step("export the large person", async () => {
      const download = page.waitForEvent("download", { timeout: 600_000 });
      await page.getByRole("button", { name: "Enregistrer ou envoyer la copie" }).click();
      exportedBytes = (await readFile((await (await download).path()) ?? "")).byteLength;
    });
    await goInside(page, "/packet");
    const build = page.getByRole("button", { name: "Faire le PDF" });
    await build.waitFor({ timeout: 120_000 });
    let packetBytes = 0;
    await step("build the 120-page PDF packet", async () => {
      await build.click();
      const save = page.getByRole("link", { name: "Enregistrer le PDF" });
      await save.waitFor({ timeout: 600_000 });
      const download = page.waitForEvent("download", { timeout: 120_000 });
      await save.click();
      packetBytes = (await readFile((await (await download).path()) ?? "")).byteLength;
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return { results, exportedBytes, packetBytes };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!hasNginx())("scale", () => {
  it("5 people, 3 procedures, 40 documents, 120 pages", async () => {
    const server = await startNginx(PORT, "dist");
    try {
      const scratch = await openBrowser({ baseURL: server.url });
      await scratch.page.goto(`${server.url}/robots.txt`);
      const distinct = await generatePages(scratch.page, DISTINCT_PAGES);
      const generated = Array.from({ length: PAGES }, (_, i) => distinct[i % DISTINCT_PAGES]).filter(
        (p): p is GeneratedPage => p !== undefined,
      );
      const [first] = generated;
      if (!first) throw new Error("no page generated");
      await scratch.close();
      const large = await largePersonFile(WORDS, generated);
      const small = [];
      for (const avatar of SMALL_AVATARS) small.push(await smallPersonFile(WORDS, avatar, first));
      const jpegBytes = generated.reduce((sum, p) => sum + p.page.byteLength + p.thumbnail.byteLength, 0);
      const folder = await mkdtemp(join(tmpdir(), "papiers-scale-"));
      const files = {
        large: join(folder, "large.papiers"),
        small: small.map((_, i) => join(folder, `small-${i}.papiers`)),
      };
      await writeFile(files.large, large.file);
      for (const [i, file] of small.entries()) await writeFile(join(folder, `small-${i}.papiers`), file);
      const normal = await run(server.url, files, 1);
      // BENCH_X1_ONLY=1 skips the slow run (e.g. while profiling a step with BENCH_PROFILE).
      const slow = process.env.BENCH_X1_ONLY ? undefined : await run(server.url, files, 4);
      await rm(folder, { recursive: true, force: true });

      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      console.log(
        `\nScale benchmark, ${new Date().toISOString().slice(0, 10)}, Debian Chromium, nginx (deploy/nginx.conf)`,
      );
      console.log(
        `Case: 5 people; the large one: ${large.procedures} procedures, ${large.documents} documents ` +
          `(${large.entries} entries in the procedures' lists), ${large.pages} pages ` +
          `(${mb(jpegBytes)} of JPEG pages and thumbnails); its .papiers file ${mb(large.file.byteLength)}; ` +
          `exported again ${mb(normal.exportedBytes)}; its PDF packet ${mb(normal.packetBytes)}`,
      );
      console.table(
        Object.keys(normal.results).map((step) => {
          const a = normal.results[step];
          const b = slow?.results[step];
          return {
            step,
            "time ×1": a ? `${Math.round(a.ms)} ms` : "–",
            "time CPU ×4": b ? `${Math.round(b.ms)} ms` : "–",
            "ratio ×4/×1": a && b ? (b.ms / a.ms).toFixed(2) : "–",
            "longest task ×1": a ? `${Math.round(a.longestTaskMs)} ms` : "–",
            "longest task ×4": b ? `${Math.round(b.longestTaskMs)} ms` : "–",
            "JS heap peak ×1": a ? `${a.heapPeakMB.toFixed(1)} MB` : "–",
          };
        }),
      );
    } finally {
      await server.stop();
    }
  });
});
