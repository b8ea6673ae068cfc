// Benchmark (not a test): the PDF packet for 10, 30 and 60 stored pages, in Debian's Chromium.
// Prints the time to build it (in the PDF worker, as the app does; median of runs), its bytes against the
// sum of the embedded JPEG bytes (target: overhead ≤ 3 %), and the peak JS heap of the same build.
// Target: 30 pages in ≤ 2 s. Usage: npm run bench:paper  (BENCH_RUNS=3, BENCH_PORT=4382)
import { launchBenchBrowser, median, pad, startBenchServer } from "./benchSetup.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4382);
const sizes = [10, 30, 60];
const server = await startBenchServer(port);
const browser = await launchBenchBrowser(["--enable-precise-memory-info", "--js-flags=--expose-gc"]);
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  const page = await browser.newPage();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", ""].includes(url.hostname) && !/^(blob|data):/.test(url.protocol))
      throw new Error(`Request to another origin: ${url}`);
  });
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/paper.html`);
  await page.waitForFunction(() => document.getElementById("state")?.textContent === "ready", null, {
    timeout: 120_000,
  });
  // Warm-up: the worker's first start compiles pdf-lib.
  await page.evaluate(() => window.runBench({ sizes: [2], runs: 1 }));
  const rows = await page.evaluate(({ sizes, runs }) => window.runBench({ sizes, runs }), { sizes, runs });
  const mean = Math.round(rows[0].mean / 1024);
  console.log(
    `\nPDF packet (cover + bordereau + pages of 1414×2000 JPEG, ${mean} kB mean), median of ${runs} runs, Chromium, CPU ×1`,
  );
  console.log(
    `${"pages".padEnd(7)}${pad("ms", 8)}${pad("PDF bytes", 12)}${pad("JPEG bytes", 12)}${pad("overhead", 10)}${pad("peak heap", 11)}`,
  );
  for (const r of rows) {
    const overhead = ((r.bytes - r.jpeg) / r.jpeg) * 100;
    console.log(
      `${String(r.pages).padEnd(7)}${pad(Math.round(median(r.times)), 8)}${pad(r.bytes, 12)}${pad(r.jpeg, 12)}${pad(`${overhead.toFixed(2)} %`, 10)}${pad(MB(r.peak), 11)}`,
    );
  }
  const thirty = rows.find((r) => r.pages === 30);
  const worst = Math.max(...rows.map((r) => ((r.bytes - r.jpeg) / r.jpeg) * 100));
  console.log(
    `30 pages: ${Math.round(median(thirty.times))} ms (target ≤ 2000); largest overhead ${worst.toFixed(2)} % (target ≤ 3 %)`,
  );
  console.log(
    "Peak heap: the same build on the page's thread, sampled after each page (workers have no performance.memory).",
  );
} finally {
  await browser.close();
  await server.close();
}
