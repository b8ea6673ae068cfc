// Layout never assumes left-to-right: app styles use logical properties only (UX.md §3.2).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const PHYSICAL =
  /(^|[\s;{])((margin|padding|border)-(left|right)|left|right|(min-|max-)?(width|height)|top|bottom)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/;

/** Every CSS file under a folder. */
function cssFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? cssFiles(path) : name.endsWith(".css") ? [path] : [];
  });
}

/** Lines of CSS that use a physical direction or dimension. */
function physicalRules(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .filter((line) => PHYSICAL.test(line));
}

describe("styles", () => {
  it("use logical properties only", () => {
    const found = cssFiles(join(import.meta.dirname, "..", "src")).flatMap((file) =>
      physicalRules(readFileSync(file, "utf8")).map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("would catch a physical property", () => {
    expect(
      physicalRules(".a { margin-left: 4px; }\n.b { text-align: right }\n.c { width: 3px }"),
    ).toHaveLength(3);
    expect(physicalRules(".a { margin-inline-start: 4px; inline-size: 3px; text-align: start }")).toEqual([]);
  });
});
