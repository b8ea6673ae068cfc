// A new phone's first screen, the language list, on a new browser: how long the page's main thread is
// blocked while the list finds its six scripts' fonts. Three variants, alternated in the same process:
//  - today: tokens.css's font stacks, and the names laid out ahead, one language per task
//    (src/app/warmLanguageFonts.ts);
//  - without the warm-up (its hidden copies get `display: none`, so nothing is laid out ahead);
//  - without the warm-up and with the stacks' former order (missing family names first, system-ui
//    before "Noto Sans").
// On Linux every font family, weight and size is a synchronous request to the browser process the first
// time; drawn at once, they make one long task. Figures come from Chromium's own trace, CPU ×1. "blocking
// at ×4" estimates what Lighthouse's mobile run (CPU ×4) counts: Σ max(0, 4 × task − 50 ms) over the
// main thread's tasks after the first paint.
// Usage: npm run build && npm run bench:fonts   (BENCH_RUNS, default 5 per variant)
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
const withoutWarmUp = (css) => `${css}\n.font-warmup{display:none!important}`;

const VARIANTS = {
  today: undefined,
  "no warm-up": withoutWarmUp,
  "no warm-up, former stacks": (css) => withoutWarmUp(withFormerStacks(css)),
};

/** The page's main thread: the one that painted the first text (another renderer holds about:blank). */
function mainThread(events) {
  const paint = events.find((e) => e.name === "firstContentfulPaint");
  return paint && `${paint.pid}:${paint.tid}`;
}

/** Loads / in a fresh browser; gives the longest Layout, longest task and blocking at ×4, in ms. */
async function firstLoad(server, rewrite) {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage();
    if (rewrite) {
      await page.route("**/*.css", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: rewrite(await response.text()) });
      });
    }
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "loading"] });
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: /^Français/ }).waitFor();
    await page.waitForTimeout(500);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const main = mainThread(events);
    const onMain = events.filter((e) => e.ph === "X" && `${e.pid}:${e.tid}` === main);
    const firstPaint = events.find((e) => e.name === "firstContentfulPaint")?.ts ?? 0;
    // Top-level tasks only: the trace nests a "RunTask" inside each "ThreadControllerImpl::RunTask".
    const tasks = [];
    for (const e of onMain
      .filter((e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask")
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      const last = tasks.at(-1);
      if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
    }
    const layouts = onMain.filter((e) => e.name === "Layout").map((e) => e.dur / 1000);
    const blocking = tasks
      .filter((e) => e.ts >= firstPaint)
      .reduce((sum, e) => sum + Math.max(0, (4 * e.dur) / 1000 - 50), 0);
    return {
      layout: Math.max(0, ...layouts),
      task: Math.max(0, ...tasks.filter((e) => e.ts >= firstPaint).map((e) => e.dur / 1000)),
      blocking,
    };
  } finally {
    await browser.close();
  }
}

const server = await startNginx(Number(process.env.BENCH_PORT ?? 4197), dist);
const results = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, rewrite] of Object.entries(VARIANTS))
      results[name].push(await firstLoad(server, rewrite));
  }
} finally {
  await server.stop();
}

const of = (name, key) => median(results[name].map((r) => r[key]));
console.log(`A new phone's language list, new browser, CPU ×1, median of ${RUNS} (ms)`);
console.log(
  `${pad("variant", 28)} ${pad("longest Layout", 15)} ${pad("longest task", 13)} ${pad("blocking at ×4", 15)}`,
);
for (const name of Object.keys(VARIANTS)) {
  console.log(
    `${pad(name, 28)} ${pad(of(name, "layout").toFixed(1), 15)} ${pad(of(name, "task").toFixed(1), 13)} ${pad(of(name, "blocking").toFixed(0), 15)}`,
  );
}
const ratio = (key, base) => (of("today", key) / of(base, key)).toFixed(2);
console.log(
  `ratio today / no warm-up: longest task ×${ratio("task", "no warm-up")}, blocking ×${ratio("blocking", "no warm-up")}`,
);
console.log(
  `ratio today / former stacks without warm-up: longest task ×${ratio("task", "no warm-up, former stacks")}, blocking ×${ratio("blocking", "no warm-up, former stacks")}`,
);
