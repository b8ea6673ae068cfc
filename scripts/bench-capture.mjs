// Benchmark (not a test): Papiers' capture pipeline against browser-image-compression on generated
// 12-megapixel document photos, in Debian's Chromium, at full speed and with CDP CPU throttling ×4.
// Prints per photo and median: wall time, output bytes and SSIM against a high-quality resize.
// Usage: npm run bench:capture  (BENCH_PHOTOS=5, BENCH_RATES=1,4, BENCH_PORT=4381)
import { launchBenchBrowser, median, pad, startBenchServer } from "./benchSetup.mjs";

const photos = Number(process.env.BENCH_PHOTOS ?? 5);
const rates = (process.env.BENCH_RATES ?? "1,4").split(",").map(Number);
const port = Number(process.env.BENCH_PORT ?? 4381);
const server = await startBenchServer(port);
const browser = await launchBenchBrowser();

/** Runs the whole set once at the given CPU slowdown and prints its table. */
async function runAt(rate) {
  const page = await browser.newPage();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (
      !["127.0.0.1", ""].includes(url.hostname) &&
      !url.protocol.startsWith("blob") &&
      !url.protocol.startsWith("data")
    )
      throw new Error(`Request to another origin: ${url}`);
  });
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/capture.html`);
  await page.waitForFunction(() => document.getElementById("state")?.textContent === "ready", null, {
    timeout: 120_000,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const rows = await page.evaluate((photos) => window.runBench({ photos }), photos);
  await page.close();
  console.log(
    `\nCPU ×${rate} — ${photos} photos of 4000×3000 (source JPEG ${Math.round(median(rows.map((r) => r.sourceBytes)) / 1024)} kB median), long edge 2000, target 350000 bytes`,
  );
  console.log(
    `${"photo".padEnd(6)}${"method".padEnd(36)}${pad("ms", 8)}${pad("bytes", 9)}${pad("size", 11)}${pad("SSIM", 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.photo).padEnd(6)}${r.method.padEnd(36)}${pad(Math.round(r.ms), 8)}${pad(r.bytes, 9)}${pad(`${r.width}×${r.height}`, 11)}${pad(r.ssim === null ? "—" : r.ssim.toFixed(4), 8)}`,
    );
  }
  const methods = [...new Set(rows.map((r) => r.method))];
  const medians = Object.fromEntries(
    methods.map((m) => {
      const mine = rows.filter((r) => r.method === m);
      return [
        m,
        {
          ms: median(mine.map((r) => r.ms)),
          bytes: median(mine.map((r) => r.bytes)),
          ssim: mine[0].ssim === null ? null : median(mine.map((r) => r.ssim)),
        },
      ];
    }),
  );
  for (const [m, v] of Object.entries(medians)) {
    console.log(
      `${"median".padEnd(6)}${m.padEnd(36)}${pad(Math.round(v.ms), 8)}${pad(Math.round(v.bytes), 9)}${pad("", 11)}${pad(v.ssim === null ? "—" : v.ssim.toFixed(4), 8)}`,
    );
  }
  const ours = medians["Papiers (resize + encode)"];
  const theirs = medians["browser-image-compression"];
  console.log(
    `Papiers/library: time ×${(ours.ms / theirs.ms).toFixed(2)} (target ≤ 0.60), bytes ×${(ours.bytes / theirs.bytes).toFixed(2)} (target ≤ 1.00), SSIM ${ours.ssim - theirs.ssim >= 0 ? "+" : ""}${(ours.ssim - theirs.ssim).toFixed(4)} (target ≥ -0.0100)`,
  );
}

try {
  for (const rate of rates) await runAt(rate);
} finally {
  await browser.close();
  await server.close();
}
