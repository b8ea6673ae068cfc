// Makes sure the machine has what the end-to-end tests need: Chromium, the Noto fonts (Bengali,
// Ethiopic and CJK render as empty boxes without them), poppler-utils and qpdf. On Debian as root it
// installs what is missing with apt-get; elsewhere it says what to install. nginx is optional off Debian
// (its end-to-end file is skipped without it).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const packages = [
  "chromium",
  "poppler-utils",
  "qpdf",
  "fonts-noto-core",
  "fonts-noto-cjk",
  "fonts-noto-color-emoji",
];

/** True when a Debian package is installed. */
function installed(name) {
  const result = spawnSync("dpkg-query", ["-W", `-f=${"$"}{Status}`, name], { encoding: "utf8" });
  return result.status === 0 && result.stdout.includes("install ok installed");
}

const hasDpkg = spawnSync("dpkg-query", ["--version"]).status === 0;
const chromeOverride = process.env.CHROME_PATH;
const missing = hasDpkg
  ? packages.filter(
      (name) => !(name === "chromium" && chromeOverride && existsSync(chromeOverride)) && !installed(name),
    )
  : [];

if (!hasDpkg) {
  const chrome = chromeOverride ?? "/usr/bin/chromium";
  if (!existsSync(chrome)) {
    console.error(`No Chromium at ${chrome}. Install Chromium and set CHROME_PATH to it.`);
    console.error("Also install poppler-utils (pdftotext, pdfinfo), qpdf and the Noto fonts.");
    process.exit(1);
  }
} else if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing system packages: ${missing.join(" ")}`);
    console.error(`Install them with: sudo apt-get install --no-install-recommends ${missing.join(" ")}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(" ")} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env,
  });
}
console.log("System dependencies present: Chromium, Noto fonts, poppler-utils, qpdf, nginx.");
