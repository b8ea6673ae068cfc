// Prints the JavaScript weight of the first screen and of every chunk (gzip), and the precache total,
// from the production build. Fails when the first screen goes over its budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = new URL("../dist/", import.meta.url).pathname;
const BUDGET_FIRST_SCREEN = 50 * 1024;
// Budgets of issue "production readiness": each lazy chunk, and everything the service worker precaches.
const BUDGET_CHUNK = 60 * 1024;
const BUDGET_PRECACHE = 2.5 * 1024 * 1024;
const manifest = JSON.parse(readFileSync(join(DIST, ".vite/manifest.json"), "utf8"));

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** A chunk's file and every chunk it imports statically. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

// The first screen is one of two: on a new phone, the language choice; on every start after, the start
// screen with its keypad (the app opens locked; home and every screen with a person's data load only
// after unlocking, app/ProfileGuard.tsx). Each counts the app entry, which carries the French interface
// texts (the fallback of every language); the budget applies to the larger of the two.
const scenarios = {
  "new phone (language choice)": ["index.html", "src/ui/screens/ChooseLanguage/ChooseLanguage.tsx"],
  "every start after (locked start screen)": [
    "index.html",
    "src/ui/screens/Privacy/Privacy.ts",
    "locales/fr/privacy.json",
  ],
};
const firstScreen = new Set();
const scenarioBytes = Object.entries(scenarios).map(([name, entries]) => {
  const files = new Set();
  for (const entry of entries) {
    if (!manifest[entry]) throw new Error(`${entry} is not in the build manifest`);
    for (const file of closure(entry)) files.add(file);
  }
  for (const file of files) firstScreen.add(file);
  return { name, bytes: [...files].reduce((sum, file) => sum + gz(file), 0) };
});
const firstScreenBytes = Math.max(...scenarioBytes.map((scenario) => scenario.bytes));

/** Every file under dist that the service worker precaches. */
function walk(folder) {
  return readdirSync(join(DIST, folder)).flatMap((name) => {
    const path = folder ? `${folder}/${name}` : name;
    if (statSync(join(DIST, path)).isDirectory()) return path === ".vite" ? [] : walk(path);
    return /\.(js|css|html|svg|png|ico|txt)$/.test(name) && name !== "sw.js" ? [path] : [];
  });
}
const precacheBytes = walk("").reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
// Recorded prompts shipped in public/audio are precached too, but outside the budget (issue #9: "without
// audio packs"); they are counted apart.
const audioFiles = (() => {
  try {
    return readdirSync(join(DIST, "audio"), { recursive: true }).map((name) =>
      join(DIST, "audio", String(name)),
    );
  } catch {
    return [];
  }
})().filter((file) => statSync(file).isFile());
const audioBytes = audioFiles.reduce((sum, file) => sum + statSync(file).size, 0);

console.log("chunk".padEnd(48), "gzip");
const chunks = Object.values(manifest)
  .filter((c) => c.file.endsWith(".js"))
  .map((c) => ({ name: c.src ?? c.file, bytes: gz(c.file), first: firstScreen.has(c.file) }))
  .sort((a, b) => b.bytes - a.bytes);
for (const chunk of chunks)
  console.log(`${chunk.first ? "*" : " "} ${chunk.name.padEnd(46)} ${kB(chunk.bytes)}`);
// Workers are separate bundles, outside the manifest: started only by the feature that needs them (the
// PDF worker carries pdf-lib). Each must never be part of the first screen and must be precached.
const serviceWorker = readFileSync(join(DIST, "sw.js"), "utf8");
const workers = readdirSync(join(DIST, "assets")).filter((name) => /\.worker-[\w-]+\.js$/.test(name));
for (const name of workers) {
  const file = `assets/${name}`;
  const precached = serviceWorker.includes(file);
  console.log(
    `w ${file.padEnd(46)} ${kB(gz(file))}  (worker, loaded on use; ${precached ? "precached" : "NOT precached"})`,
  );
}
console.log("* first screen   w worker\n");
for (const scenario of scenarioBytes)
  console.log(`First screen, ${scenario.name}: ${kB(scenario.bytes)} gzip`);
console.log(
  `First-screen JavaScript (the larger): ${kB(firstScreenBytes)} gzip (budget ${kB(BUDGET_FIRST_SCREEN)})`,
);
console.log(`Precache total: ${kB(precacheBytes)} (${walk("").length} files, uncompressed)`);
console.log(`Shipped audio (precached, outside the budget): ${kB(audioBytes)} (${audioFiles.length} files)`);
console.log(
  `Largest chunk: ${kB(chunks[0]?.bytes ?? 0)} gzip (budget ${kB(BUDGET_CHUNK)}); precache budget ${kB(BUDGET_PRECACHE)}`,
);
const problems = [
  ...(firstScreenBytes > BUDGET_FIRST_SCREEN ? ["First-screen JavaScript is over budget."] : []),
  ...chunks.filter((c) => c.bytes > BUDGET_CHUNK).map((c) => `Chunk ${c.name} is over budget.`),
  ...(precacheBytes > BUDGET_PRECACHE ? ["The precache is over budget."] : []),
  ...workers
    .filter((name) => firstScreen.has(`assets/${name}`) || !serviceWorker.includes(`assets/${name}`))
    .map((name) => `Worker ${name} is in the first screen or missing from the precache.`),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
