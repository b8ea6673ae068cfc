// Runs in Chromium, served by Vite from the repository: times the app's own storage functions (no copy
// of them), with the parameters in force (src/storage/crypto.ts). Driven by scripts/bench-crypto.mjs.
import { createProfile, lockNow, PIN_KDF_ITERATIONS, putFile, unlockProfile } from "/src/storage/index.ts";

const PIN = "123456";
const PAGE_BYTES = 350 * 1024;

/** The median of a list of numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Unlocking a person (reading their row, PBKDF2-SHA256 at the stored iterations, unwrapping the data
 * key) and storing a 350 kB page (AES-GCM with its additional data, then one IndexedDB put), `runs` times.
 */
window.runBench = async ({ runs }) => {
  const id = await createProfile({ avatar: "cat", pin: PIN });
  const unlock = [];
  for (let i = 0; i < runs; i++) {
    lockNow();
    const start = performance.now();
    await unlockProfile(id, "pin", PIN);
    unlock.push(performance.now() - start);
  }
  // Random bytes: a JPEG does not compress further, and neither does its ciphertext.
  const page = new Uint8Array(PAGE_BYTES);
  for (let at = 0; at < page.length; at += 65_536) crypto.getRandomValues(page.subarray(at, at + 65_536));
  const store = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await putFile(id, `${id}:page:${i}`, `${id}:page:${i}`, "image/jpeg", page.slice().buffer);
    store.push(performance.now() - start);
  }
  lockNow();
  return {
    iterations: PIN_KDF_ITERATIONS,
    unlockMs: Math.round(median(unlock)),
    storePageMs: Math.round(median(store) * 10) / 10,
  };
};

document.getElementById("state").textContent = "ready";
