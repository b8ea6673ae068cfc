// Writes dist/catalogue.json: the whole catalogue with its French words and sources, so associations and
// lawyers can review it and diff it between versions. Runs after `vite build` (see package.json).
// `--out DIR` and `--french FILE` (defaults: dist/ and locales/fr/catalogue.json) let
// tests/writeCatalogue.test.ts run it on a temporary folder and on French words with a gap.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createServer } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options } = parseArgs({
  options: {
    out: { type: "string", default: join(root, "dist") },
    french: { type: "string", default: join(root, "locales/fr/catalogue.json") },
  },
});
const french = JSON.parse(readFileSync(resolve(options.french), "utf8"));
const outFile = join(resolve(options.out), "catalogue.json");

/** A French word by dotted key; a missing one stays visible in the output. */
function words(key) {
  const value = key
    .split(".")
    .reduce((node, part) => (node && typeof node === "object" ? node[part] : undefined), french);
  return typeof value === "string" ? value : `⚠ missing: ${key}`;
}

// Vite loads the TypeScript catalogue with the project's @/ alias; no config file, so no plugins run.
const server = await createServer({
  root,
  configFile: false,
  logLevel: "error",
  resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: "custom",
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { catalogue, resolveCatalogue } = await server.ssrLoadModule("/src/catalogue/index.ts");
  const { CatalogueSchema } = await server.ssrLoadModule("/src/domain/definitions.ts");
  // The phone does not carry the schema; the build refuses a malformed catalogue instead.
  const resolved = resolveCatalogue(CatalogueSchema.parse(catalogue), words);
  const text = `${JSON.stringify(resolved, null, 2)}\n`;
  if (text.includes("⚠ missing:")) throw new Error("dist/catalogue.json: a French word is missing");
  writeFileSync(outFile, text);
  console.log(
    `${outFile}: ${resolved.documents.length} documents, ${resolved.procedures.length} procedures, ${(text.length / 1024).toFixed(0)} kB`,
  );
} finally {
  await server.close();
}
