// The import direction of ARCHITECTURE.md §4, checked on every source file. The table is the rule.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");

/** Which modules each module may import (its own files always). */
const allowed: Record<string, readonly string[]> = {
  lib: [],
  domain: ["lib"],
  catalogue: ["domain", "lib"],
  storage: ["domain", "lib"],
  capture: ["domain", "lib"],
  print: ["domain", "catalogue", "lib"],
  i18n: ["lib"],
  offline: ["lib"],
  "service-worker": ["lib"],
  "ui/icons": ["lib"],
  "ui/pictograms": ["lib"],
  "ui/components": ["ui/icons", "ui/pictograms", "i18n", "lib", "domain"],
  "ui/hooks": ["storage", "domain", "lib"],
  "ui/screens": [
    "ui/components",
    "ui/icons",
    "ui/pictograms",
    "ui/hooks",
    "storage",
    "capture",
    "print",
    "i18n",
    "offline",
    "domain",
    "catalogue",
    "lib",
  ],
  app: ["ui/components", "ui/icons", "ui/hooks", "ui/screens", "storage", "i18n", "offline", "lib"],
  main: ["app", "ui/styles"],
};

/** Imports that must be `import type` only (no runtime dependency). */
const typeOnly: Record<string, readonly string[]> = { "ui/components": ["domain"], capture: ["domain"] };

/** Packages a module must never use. */
const forbiddenPackages: Record<string, readonly string[]> = {
  domain: ["preact", "idb", "i18next", "preact-iso"],
  catalogue: ["preact", "idb", "i18next"],
  storage: ["preact", "i18next", "preact-iso"],
  lib: ["preact", "idb", "i18next", "zod"],
  "service-worker": ["preact", "idb", "i18next"],
};

/** Every .ts/.tsx file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The module a src-relative path belongs to, and its folder ("ui/screens/Home" for a screen). */
function moduleOf(path: string): { module: string; folder: string } {
  const parts = path.split("/");
  if (path === "main" || path === "main.tsx") return { module: "main", folder: "" };
  if (parts[0] === "ui") {
    if (parts[1] === "screens") return { module: "ui/screens", folder: parts.slice(0, 3).join("/") };
    return { module: `ui/${parts[1]}`, folder: `ui/${parts[1]}` };
  }
  return { module: parts[0] ?? path, folder: parts[0] ?? path };
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static and dynamic import specifiers of a file. */
function importsOf(code: string): Import[] {
  const found: Import[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+["']([^"']+)["']/gm)) {
    found.push({ specifier: m[3] ?? "", typeOnly: Boolean(m[2]) });
  }
  for (const m of code.matchAll(/^\s*import\s+["']([^"']+)["']/gm))
    found.push({ specifier: m[1] ?? "", typeOnly: false });
  for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g))
    found.push({ specifier: m[1] ?? "", typeOnly: false });
  return found;
}

/** The src-relative path an import points to, or undefined for a package. */
function resolveInSrc(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return relative(SRC, normalize(join(dirname(fromFile), specifier)));
  return undefined;
}

/** Whether a target file is the public entry of its module, as seen from outside it. */
function isPublicEntry(target: string, module: string, folder: string): boolean {
  if (module === "lib" || module === "ui/hooks" || module === "ui/styles") return true;
  if (module === "ui/screens") return target === `${folder}/${folder.split("/")[2]}`;
  return target === `${folder}/index` || target === folder;
}

/** Every rule broken in src, as readable lines. */
function violations(): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const path = relative(SRC, file);
    if (path.endsWith(".test.ts") || path.endsWith(".test.tsx")) continue;
    const from = moduleOf(path);
    const code = readFileSync(file, "utf8");
    for (const { specifier, typeOnly: isType } of importsOf(code)) {
      const target = resolveInSrc(file, specifier);
      if (target === undefined) {
        const pkg = specifier.startsWith("@")
          ? specifier.split("/").slice(0, 2).join("/")
          : specifier.split("/")[0];
        if (forbiddenPackages[from.module]?.includes(pkg ?? "") && !isType)
          problems.push(`${path} uses ${specifier}`);
        continue;
      }
      if (target.startsWith("..")) {
        // Only i18n reads outside src (the locale files).
        if (from.module !== "i18n") problems.push(`${path} reaches outside src: ${specifier}`);
        continue;
      }
      const to = moduleOf(target.replace(/\.(tsx?|css)$/, ""));
      if (to.folder === from.folder) continue;
      if (!(allowed[from.module] ?? []).includes(to.module)) {
        problems.push(`${path} (${from.module}) may not import ${specifier} (${to.module})`);
      } else if (typeOnly[from.module]?.includes(to.module) && !isType) {
        problems.push(`${path} may import only types from ${to.module}: ${specifier}`);
      } else if (!isPublicEntry(target.replace(/\.(tsx?)$/, ""), to.module, to.folder)) {
        problems.push(`${path} imports ${specifier}: go through ${to.folder}/index.ts`);
      }
    }
  }
  return problems;
}

describe("architecture", () => {
  it("follows the import direction and enters modules through their index", () => {
    expect(violations()).toEqual([]);
  });

  it("would catch a screen reaching into storage internals", () => {
    expect(isPublicEntry("storage/database", "storage", "storage")).toBe(false);
    expect(isPublicEntry("storage/index", "storage", "storage")).toBe(true);
    expect(allowed["ui/components"]).not.toContain("storage");
    expect(
      importsOf('import { x } from "@/storage/database";\nconst y = import("./z");').map((i) => i.specifier),
    ).toEqual(["@/storage/database", "./z"]);
  });
});
