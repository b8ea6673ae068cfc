// Benchmark (not a test): what encryption at rest costs in Debian's Chromium, measured on the app's own
// functions (scripts/bench/cryptoBench.js imports src/storage through Vite): unlocking a person
// (PBKDF2-SHA256 at PIN_KDF_ITERATIONS, then unwrapping the data key) and encrypting then storing a
// 350 kB page in IndexedDB. Also at CPU ×4, a rough stand-in for a low-end phone.
// Usage: npm run bench:crypto  (BENCH_RUNS=7, BENCH_PORT=4482, CHROME_PATH to override)
import { launchBenchBrowser, startBenchServer } from "./benchSetup.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const port = Number(process.env.BENCH_PORT ?? 4482);
const server = await startBenchServer(port);
const browser = await launchBenchBrowser();

try {
  for (const rate of [1, 4]) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/scripts/bench/crypto.html`);
    await page.waitForFunction(() => document.getElementById("state")?.textContent === "ready", null, {
      timeout: 120_000,
    });
    if (rate > 1)
      await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
    const result = await page.evaluate((runs) => window.runBench({ runs }), runs);
    console.log(
      `CPU ×${rate}: unlock (PBKDF2-SHA256 ${result.iterations.toLocaleString("fr-FR")} + unwrap) ${result.unlockMs} ms; encrypt + store a 350 kB page ${result.storePageMs} ms (median of ${runs})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
