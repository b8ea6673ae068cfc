// What the in-browser benchmarks share: the app's sources served by Vite, Debian's Chromium, medians.
import { chromium } from "playwright-core";
import { createServer } from "vite";

/** Serves the sources with the app's Vite config, without watching: editing during a run changes nothing. */
export async function startBenchServer(port) {
  const server = await createServer({
    configFile: new URL("../vite.config.ts", import.meta.url).pathname,
    server: { host: "127.0.0.1", port, strictPort: true, hmr: false, watch: { ignored: ["**/*"] } },
    logLevel: "error",
  });
  await server.listen();
  return server;
}

/** Debian's Chromium (or CHROME_PATH), headless, quiet, with any extra flags. */
export function launchBenchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** The median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A value right-aligned in a column. */
export const pad = (value, width) => String(value).padStart(width);
