// Lighthouse 12.2.3 (mobile, simulated throttling) on the production build served by deploy/nginx.conf,
// as a user flow: a new phone's first load, then a person's home, checklist and a document screen.
// Every page load locks Papiers (the key lives only in memory), so each of those addresses first shows
// the locked start screen: the flow measures that load, then the unlock until the screen is displayed.
// Not part of `npm test`. Scores move between runs, by far more than ±0.02 on a shared 2-core machine, so
// the flow runs LIGHTHOUSE_RUNS times (5 by default), each in a fresh browser, and the table gives each
// step's median, as Lighthouse's own guidance on variability advises. Run `npm run build` first.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { startFlow } from "lighthouse";
import puppeteer from "puppeteer-core";
import { hasNginx, startNginx } from "./nginx.mjs";

// Not 4190: it is on the browsers' list of blocked ports (ManageSieve), fetch refuses it.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4195);
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** The answers the end-to-end tests also give: a spouse of a French national renewing, hosted by someone. */
const SPOUSE_RENEWAL = JSON.parse(
  readFileSync(new URL("../tests/e2e/spouseRenewal.json", import.meta.url), "utf8"),
);
const thresholds = { performance: 0.95, accessibility: 1, "best-practices": 1 };

if (!existsSync("dist/index.html")) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}
if (!hasNginx()) {
  console.error("nginx is missing: `npm test` installs it on Debian (apt-get install nginx-light).");
  process.exit(1);
}

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const server = await startNginx(PORT, "dist");

/** A fresh browser with an empty profile: a new phone, every run. */
const launch = () =>
  puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });

/** Clicks the element with this ARIA role and exact accessible name, waiting for it. */
async function tap(page, role, name) {
  await page.locator(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`).click();
}

/** Waits until an element with this role and name is on screen. */
async function see(page, role, name) {
  await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`, {
    timeout: 30_000,
  });
}

/** Types the PIN on Papiers' keypad. */
async function typePin(page, pin = "123456") {
  for (const digit of pin) await tap(page, "button", digit);
}

/**
 * From the locked start screen, unlocks the only person, with plain CSS selectors: inside a measured
 * timespan an ARIA query makes Chromium build the accessibility tree on the page's main thread, a long
 * task of the measuring tool (Lighthouse lists it as "pptr:internal") that a person never causes.
 */
async function unlock(page) {
  await page.click('ul[aria-label="Les personnes sur ce téléphone"] button');
  // The keypad's keys read 1–9, then erase, then 0.
  for (const digit of "123456") {
    await page.click(`.keypad__keys button:nth-child(${digit === "0" ? 11 : Number(digit)})`);
  }
}

/** Waits, cheaply, until a link or heading with exactly this text is in the main content. */
async function shown(page, text) {
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll("main a, main h1, main h2, main h3")].some(
        (element) => element.textContent?.trim() === wanted,
      ),
    { polling: "raf", timeout: 30_000 },
    text,
  );
}

/** The figures of one step of one run. */
const figuresOf = (step) => {
  const { categories, audits } = step.lhr;
  return {
    step: step.name,
    mode: step.lhr.gatherMode,
    performance: categories.performance?.score,
    accessibility: categories.accessibility?.score,
    "best-practices": categories["best-practices"]?.score,
    FCP: audits["first-contentful-paint"]?.numericValue,
    LCP: audits["largest-contentful-paint"]?.numericValue,
    TBT: audits["total-blocking-time"]?.numericValue,
    CLS: audits["cumulative-layout-shift"]?.numericValue,
  };
};

/** The median of the numbers among `values` (undefined when there are none). */
const median = (values) => {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs the whole flow once in a fresh browser; returns each step's figures. */
async function runFlow(run) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const base = server.url;
    const flow = await startFlow(page, {
      name: "Papiers",
      config: {
        extends: "lighthouse:default",
        settings: { onlyCategories: ["performance", "accessibility", "best-practices"] },
      },
    });

    await flow.navigate(`${base}/`, { name: "new phone: language choice (/)" });
    // Set-up, not measured: a person who has answered the questions.
    await tap(page, "button", "Français français");
    await tap(page, "link", "Ajouter une personne");
    await tap(page, "button", "Chat");
    await typePin(page);
    await typePin(page);
    await tap(page, "button", "Non, seulement le code");
    await tap(page, "link", "Mon dossier");
    await tap(page, "link", "Répondre aux questions");
    for (const choice of SPOUSE_RENEWAL) {
      const before = page.url();
      await tap(page, "button", choice);
      await page.waitForFunction((url) => location.href !== url, {}, before);
    }
    await see(page, "link", "Voir mes papiers");

    for (const [path, name, role, text] of [
      ["/", "home", "link", "Mon dossier"],
      ["/checklist", "checklist", "heading", "Attestation d'hébergement"],
      ["/document/passport", "document", "heading", "Passeport"],
    ]) {
      await flow.navigate(`${base}${path}`, { name: `${name}: load, locked (${path})` });
      await see(page, "list", "Les personnes sur ce téléphone");
      await flow.startTimespan({ name: `${name}: unlock until shown` });
      await unlock(page);
      await shown(page, text);
      await flow.endTimespan();
      // The same check by role and name, outside the measured span.
      await see(page, role, text);
    }

    const result = await flow.createFlowResult();
    // Each run's whole flow, to look into (open lighthouse-flow-<run>.html in a browser).
    mkdirSync("test-results", { recursive: true });
    writeFileSync(`test-results/lighthouse-flow-${run}.json`, JSON.stringify(result));
    writeFileSync(`test-results/lighthouse-flow-${run}.html`, await flow.generateReport());
    return result.steps.map(figuresOf);
  } finally {
    await browser.close();
  }
}

const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) runs.push(await runFlow(run));
} finally {
  await server.stop();
}

const [first = []] = runs;
const rows = first.map((_, i) => {
  const of = (key) => median(runs.map((steps) => steps[i]?.[key]));
  const seconds = (value) => (value === undefined ? "–" : `${(value / 1000).toFixed(2)} s`);
  return {
    step: first[i].step,
    mode: first[i].mode,
    performance: of("performance") ?? "–",
    "each run": runs.map((steps) => steps[i]?.performance ?? "–").join(" "),
    accessibility: of("accessibility") ?? "–",
    "best-practices": of("best-practices") ?? "–",
    FCP: seconds(of("FCP")),
    LCP: seconds(of("LCP")),
    TBT: of("TBT") === undefined ? "–" : `${Math.round(of("TBT"))} ms`,
    CLS: of("CLS") === undefined ? "–" : of("CLS").toFixed(3),
  };
});

console.log(
  `Lighthouse ${"12.2.3"} mobile (simulated throttling), nginx, ${new Date().toISOString().slice(0, 10)}, median of ${runs.length} runs`,
);
console.table(rows);
const failures = rows
  .filter((row) => row.mode === "navigation")
  .flatMap((row) =>
    Object.entries(thresholds)
      .filter(([category, min]) => typeof row[category] === "number" && row[category] < min)
      .map(([category, min]) => `${row.step}: ${category} ${row[category]} < ${min}`),
  );
if (failures.length > 0) {
  console.error(`Below thresholds:\n${failures.join("\n")}`);
  process.exit(1);
}
