// Loads the built app (dist/) on nginx as a new phone would, with the CPU slowed 4×, and writes a CPU profile
// of the first 8 seconds to test-results/first-load.cpuprofile for scripts/bench/longTasks.mjs.
// Usage: npm run build && node scripts/bench/profileFirstLoad.mjs [path, default /]
// (DIST=another build, e.g. one made with `npx vite build --minify false --outDir /tmp/x` to read names;
// BENCH_CPU=1 for no slow-down)
import { mkdir, writeFile } from "node:fs/promises";
import { launchBenchBrowser } from "../benchSetup.mjs";
import { startNginx } from "../nginx.mjs";

const path = process.argv[2] ?? "/";
const server = await startNginx(
  Number(process.env.BENCH_PORT ?? 4196),
  process.env.DIST ?? new URL("../../dist", import.meta.url).pathname,
);
const browser = await launchBenchBrowser();
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.BENCH_CPU ?? 4) });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`${server.url}${path}`);
  await page.waitForTimeout(8000);
  const { profile } = await cdp.send("Profiler.stop");
  await mkdir("test-results", { recursive: true });
  await writeFile("test-results/first-load.cpuprofile", JSON.stringify(profile));
  console.log("test-results/first-load.cpuprofile");
} finally {
  await browser.close();
  await server.stop();
}
