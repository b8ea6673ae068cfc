// Writes dist/catalogue.json: the whole catalogue with its French words and sources, so associations and
// lawyers can review it and diff it between versions. Runs after `vite build` (see package.json).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const french = JSON.parse(readFileSync(new URL("../locales/fr/catalogue.json", import.meta.url), "utf8"));

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
  writeFileSync(new URL("../dist/catalogue.json", import.meta.url), text);
  console.log(
    `dist/catalogue.json: ${resolved.documents.length} documents, ${resolved.procedures.length} procedures, ${(text.length / 1024).toFixed(0)} kB`,
  );
} finally {
  await server.close();
}
