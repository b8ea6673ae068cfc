// Measures, in Debian's Chromium, what encryption at rest costs: unlocking (PBKDF2-SHA256 600 000 +
// unwrapping the data key) and encrypting then storing a 350 kB page in IndexedDB, with the parameters
// of src/storage/crypto.ts. Also at 4× CPU slowdown, a rough stand-in for a low-end phone.
// Run: node scripts/bench-crypto.mjs   (BENCH_PORT, CHROME_PATH to override)
import { createServer } from "node:http";
import { chromium } from "playwright-core";

const PORT = Number(process.env.BENCH_PORT ?? 4482);
const server = createServer((_req, res) => res.end("<!doctype html><title>bench</title>")).listen(
  PORT,
  "127.0.0.1",
);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});

/** Runs in the page: median timings of unlock and of encrypt-and-store. */
const measure = async () => {
  const runs = 7;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const te = new TextEncoder();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const material = await crypto.subtle.importKey("raw", te.encode("pin:123456"), "PBKDF2", false, [
    "deriveKey",
  ]);
  const derive = () =>
    crypto.subtle.deriveKey(
      { name: "PBKDF2", hash: "SHA-256", salt, iterations: 600_000 },
      material,
      { name: "AES-GCM", length: 256 },
      false,
      ["wrapKey", "unwrapKey"],
    );
  const dataKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, [
    "encrypt",
    "decrypt",
  ]);
  const wrapIv = crypto.getRandomValues(new Uint8Array(12));
  const aad = te.encode("papiers-data-key|1|p");
  const wrapped = await crypto.subtle.wrapKey("raw", dataKey, await derive(), {
    name: "AES-GCM",
    iv: wrapIv,
    additionalData: aad,
  });
  const unlock = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const kek = await derive();
    await crypto.subtle.unwrapKey(
      "raw",
      wrapped,
      kek,
      { name: "AES-GCM", iv: wrapIv, additionalData: aad },
      "AES-GCM",
      false,
      ["encrypt", "decrypt"],
    );
    unlock.push(performance.now() - start);
  }
  const db = await new Promise((resolve) => {
    const request = indexedDB.open("bench", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("files", { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
  });
  const page = new Uint8Array(350 * 1024);
  for (let o = 0; o < page.length; o += 65536) crypto.getRandomValues(page.subarray(o, o + 65536));
  const store = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const bytes = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: te.encode(`p|p:page:${i}|1`) },
      dataKey,
      page,
    );
    await new Promise((resolve, reject) => {
      const tx = db.transaction("files", "readwrite");
      tx.objectStore("files").put({
        key: `p:page:${i}`,
        payload: { codec: "aes-gcm-256", bytes, iv: iv.buffer },
      });
      tx.oncomplete = resolve;
      tx.onerror = reject;
    });
    store.push(performance.now() - start);
  }
  db.close();
  return { unlockMs: Math.round(median(unlock)), storePageMs: Math.round(median(store) * 10) / 10 };
};

try {
  for (const rate of [1, 4]) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    if (rate > 1)
      await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
    const result = await page.evaluate(measure);
    console.log(
      `CPU ×${rate}: unlock (PBKDF2-SHA256 600 000 + unwrap) ${result.unlockMs} ms; encrypt + store a 350 kB page ${result.storePageMs} ms (median of 7)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
