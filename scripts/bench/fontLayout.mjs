// The first layout of the language list on a new browser, with the font stacks of tokens.css against the
// order they had before (missing family names first, system-ui before "Noto Sans"), in the same process.
// On Linux every family name is a fontconfig lookup, so the order of a stack can cost a long task on the
// very first screen of a new phone; this measures it from Chromium's own trace.
// Usage: npm run build && npm run bench:fonts   (BENCH_RUNS, default 5 per variant, alternated)
import { readdirSync } from "node:fs";
import { launchBenchBrowser, median, pad } from "../benchSetup.mjs";
import { startNginx } from "../nginx.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dist = new URL("../../dist", import.meta.url).pathname;
if (!readdirSync(`${dist}/assets`).some((name) => name.endsWith(".css"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

/** The stacks before, keyed by the first family of today's stack. */
const BEFORE = {
  '"Noto Sans"': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
  '"Noto Naskh Arabic"':
    '"Noto Naskh Arabic UI", "Geeza Pro", "Segoe UI", "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif',
  '"Noto Sans Bengali"':
    '"Noto Sans Bengali UI", "Kohinoor Bangla", "Bangla Sangam MN", "Nirmala UI", "Noto Sans Bengali", sans-serif',
  '"Noto Sans Tamil"': '"Noto Sans Tamil UI", "Tamil Sangam MN", "Nirmala UI", "Noto Sans Tamil", sans-serif',
};

/** The stylesheet with each `--font` stack put back in its former order (Ethiopic's did not change). */
const withFormerStacks = (css) =>
  css.replace(/(--font(?:-latin)?):\s*([^;}]*)/g, (whole, name, stack) => {
    const first = stack.split(",")[0].trim();
    return first in BEFORE ? `${name}:${BEFORE[first]}` : whole;
  });

/** Loads / in a fresh browser; gives the longest and the total Layout on the page's main thread, in ms. */
async function firstLoad(server, former) {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage();
    if (former) {
      await page.route("**/*.css", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: withFormerStacks(await response.text()) });
      });
    }
    await browser.startTracing(page, { categories: ["devtools.timeline"] });
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: /^Français/ }).waitFor();
    await page.waitForTimeout(500);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    // Layout events, from complete ("X") or begin/end ("B"/"E") pairs, grouped by renderer process;
    // the page's renderer is the one that laid out the most (another one holds about:blank).
    const byProcess = new Map();
    const open = new Map();
    for (const e of events) {
      if (e.name !== "Layout") continue;
      const key = `${e.pid}:${e.tid}`;
      let ms;
      if (e.ph === "X") ms = e.dur / 1000;
      else if (e.ph === "B") open.set(key, e.ts);
      else if (e.ph === "E" && open.has(key)) ms = (e.ts - open.get(key)) / 1000;
      if (ms !== undefined) byProcess.set(e.pid, [...(byProcess.get(e.pid) ?? []), ms]);
    }
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    const layouts = [...byProcess.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
    return { longest: Math.max(0, ...layouts), total: sum(layouts) };
  } finally {
    await browser.close();
  }
}

const server = await startNginx(Number(process.env.BENCH_PORT ?? 4197), dist);
const results = { before: [], now: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    results.before.push(await firstLoad(server, true));
    results.now.push(await firstLoad(server, false));
  }
} finally {
  await server.stop();
}

const of = (list, key) => median(list.map((r) => r[key]));
console.log(`First layout of the language list, new browser, CPU ×1, median of ${RUNS} (ms)`);
console.log(`${pad("stacks", 22)} ${pad("longest Layout", 15)} ${pad("all Layout", 11)}`);
for (const [name, list] of Object.entries(results)) {
  console.log(
    `${pad(name === "now" ? "tokens.css" : "former order", 22)} ${pad(of(list, "longest").toFixed(1), 15)} ${pad(of(list, "total").toFixed(1), 11)}`,
  );
}
console.log(
  `ratio tokens.css / former: longest ×${(of(results.now, "longest") / of(results.before, "longest")).toFixed(2)}, all ×${(of(results.now, "total") / of(results.before, "total")).toFixed(2)}`,
);
