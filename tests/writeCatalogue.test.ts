// scripts/write-catalogue.mjs, run as the build runs it, on a temporary folder: it writes the whole
// catalogue with its French words, and refuses to write when a French word is missing.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const script = join(root, "scripts", "write-catalogue.mjs");
const folder = mkdtempSync(join(tmpdir(), "papiers-catalogue-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the script; resolves with its exit code and output, whether it succeeds or fails. */
async function writeCatalogue(args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [script, ...args], { cwd: root });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

describe("scripts/write-catalogue.mjs", () => {
  it("writes catalogue.json with every document and procedure and their French words", async () => {
    const out = join(folder, "good");
    mkdirSync(out);
    const { code } = await writeCatalogue(["--out", out]);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(join(out, "catalogue.json"), "utf8"));
    expect(written.documents.map((d: { id: string }) => d.id)).toEqual(catalogue.documents.map((d) => d.id));
    expect(written.procedures.map((p: { id: string }) => p.id)).toEqual(
      catalogue.procedures.map((p) => p.id),
    );
    const french = JSON.parse(readFileSync(join(root, "locales/fr/catalogue.json"), "utf8"));
    expect(written.procedures.find((p: { id: string }) => p.id === "subsidiaryRenewal")?.title).toBe(
      french.procedures.subsidiaryRenewal.title,
    );
    expect(written.documents.every((d: { sources: string[] }) => d.sources.length > 0)).toBe(true);
  }, 60_000);

  it("fails, and writes nothing, when a French word is missing", async () => {
    const out = join(folder, "gap");
    mkdirSync(out);
    const french = JSON.parse(readFileSync(join(root, "locales/fr/catalogue.json"), "utf8"));
    delete french.documents.passport.why;
    const frenchFile = join(folder, "fr-with-a-gap.json");
    writeFileSync(frenchFile, JSON.stringify(french));
    const { code, output } = await writeCatalogue(["--out", out, "--french", frenchFile]);
    expect(code).not.toBe(0);
    expect(output).toContain("a French word is missing");
    expect(() => readFileSync(join(out, "catalogue.json"))).toThrow();
  }, 60_000);
});
