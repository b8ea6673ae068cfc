// Runs Lighthouse 12.2.3 (mobile) on the production build served locally and prints the scores.
// Not part of `npm test`: scores move by ±0.02 between runs (TOOLCHAIN.md §6). Run `npm run build` first.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const pages = (process.env.LIGHTHOUSE_PAGES ?? "/,/help,/language").split(",");
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const thresholds = { performance: 0.95, accessibility: 1, "best-practices": 1 };

if (!existsSync("dist/index.html")) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}
const server = spawn(
  process.execPath,
  ["node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"],
  { detached: true, stdio: "ignore" },
);
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/robots.txt`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

let failed = false;
console.log(`Lighthouse mobile, ${new Date().toISOString().slice(0, 10)}`);
console.log("page".padEnd(14), "performance", "accessibility", "best-practices");
try {
  for (const page of pages) {
    const json = execFileSync(
      "node_modules/.bin/lighthouse",
      [
        base + page,
        "--output=json",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices",
        "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync",
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories } = JSON.parse(json.toString());
    const scores = Object.keys(thresholds).map((k) => categories[k].score);
    console.log(page.padEnd(14), ...scores.map((s) => String(s).padEnd(13)));
    Object.values(thresholds).forEach((min, i) => {
      if (scores[i] < min) failed = true;
    });
  }
} finally {
  process.kill(-server.pid, "SIGTERM");
}
if (failed) {
  console.error(`Below thresholds ${JSON.stringify(thresholds)}`);
  process.exit(1);
}
