import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACT_NAMES, factsReadBy } from "@/domain";
import { CatalogueSchema } from "@/domain/definitions";
import { catalogue } from "./catalogue";
import { resolveCatalogue } from "./resolveCatalogue";

const fr = JSON.parse(readFileSync(join(import.meta.dirname, "../../locales/fr/catalogue.json"), "utf8"));
/** A French word by dotted key, or undefined. */
function french(key: string): unknown {
  let node: unknown = fr;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = Object.entries(node).find(([k]) => k === part)?.[1];
  }
  return node;
}

describe("the catalogue", () => {
  it("holds at least 50 documents and 30 procedures, each id once", () => {
    expect(catalogue.documents.length).toBeGreaterThanOrEqual(50);
    expect(catalogue.procedures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalogue.documents.map((d) => d.id)).size).toBe(catalogue.documents.length);
    expect(new Set(catalogue.procedures.map((p) => p.id)).size).toBe(catalogue.procedures.length);
  });

  it("lists in every procedure only documents that exist, and fees that exist", () => {
    const documents = new Set(catalogue.documents.map((d) => d.id));
    const fees = new Set(catalogue.feeItems.map((f) => f.id));
    for (const procedure of catalogue.procedures) {
      for (const entry of procedure.documents)
        expect(documents, `${procedure.id} → ${entry.doc}`).toContain(entry.doc);
      for (const line of procedure.fees) expect(fees, `${procedure.id} → ${line.item}`).toContain(line.item);
    }
  });

  it("has every word in French: names, explanations, places, titles, reasons, channels and fees", () => {
    const missing: string[] = [];
    const need = (key: string) => typeof french(key) === "string" || missing.push(key);
    for (const d of catalogue.documents)
      for (const part of ["name", "why", "where"]) need(`documents.${d.id}.${part}`);
    for (const p of catalogue.procedures) {
      need(`procedures.${p.id}.title`);
      need(`channels.${p.channel}`);
      for (const e of p.documents) if (e.reason) need(`reasons.${e.reason}`);
    }
    for (const f of catalogue.feeItems) need(`fees.${f.id}`);
    expect(missing).toEqual([]);
  });

  it("gives every entry a source and a date it was last verified", () => {
    for (const entry of [...catalogue.documents, ...catalogue.procedures]) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.lastVerified, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("reads only facts the questions can give", () => {
    const known: readonly string[] = FACT_NAMES;
    for (const p of catalogue.procedures) {
      const conditions = [p.appliesWhen, ...p.documents.flatMap((e) => (e.when ? [e.when] : []))];
      for (const fact of conditions.flatMap(factsReadBy))
        expect(known, `${p.id} reads ${fact}`).toContain(fact);
    }
  });

  it("carries the annexe-10 list codes DOMAIN.md §1 gives (Isère's numbering), and no other", () => {
    // CSP 2 (saisonnier) has no procedure; CST 2 and CR 2 are not tied by DOMAIN.md to one of ours.
    const codes = Object.fromEntries(
      catalogue.procedures.filter((p) => p.code !== undefined).map((p) => [p.id, p.code]),
    );
    expect(codes).toEqual({
      studentFirst: "CSP 5",
      studentRenewal: "CSP 5",
      spouseFirstAfterVisa: "CST 1",
      spouseFirstWithoutVisa: "CST 1",
      spouseRenewal: "CST 1",
      spouseResident: "CR 1",
      workerFirst: "CST 3",
      workerRenewalSameJob: "CST 3",
      workerRenewalNewJob: "CST 3",
      workerRenewalJobLost: "CST 3",
      talentQualified: "CSP 1.1",
      talentBlueCard: "CSP 1.2",
      talentBusiness: "CSP 1.5",
      jobSearch: "CST 9",
      residentFirst: "CR 1",
      residentRenewal: "CR 3",
      illness: "CST 4",
    });
  });

  it("has no two identical procedures", () => {
    const shapes = catalogue.procedures.map(({ id: _id, ...rest }) => JSON.stringify(rest));
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it("round-trips through its schema and through JSON unchanged", () => {
    const again = CatalogueSchema.parse(JSON.parse(JSON.stringify(catalogue)));
    expect(again).toEqual(catalogue);
    expect(() => CatalogueSchema.parse({ ...catalogue, documents: [{ id: "x" }] })).toThrow();
  });

  it("keeps both fee regimes with their start dates, the 2026 one flagged to confirm", () => {
    expect(catalogue.feeRegimes.map((r) => [r.id, r.from, Boolean(r.toConfirm)])).toEqual([
      ["lf2020", "2020-01-02", false],
      ["lf2026", "2026-02-20", true],
    ]);
    for (const item of catalogue.feeItems)
      expect(item.amounts.map((a) => a.regime)).toEqual(["lf2020", "lf2026"]);
  });

  it("resolves to French words for reviewers, without a missing key", () => {
    const resolved = resolveCatalogue(catalogue, (key) => {
      const value = french(key);
      return typeof value === "string" ? value : `MISSING ${key}`;
    });
    expect(JSON.stringify(resolved)).not.toContain("MISSING");
    expect(resolved.documents.find((d) => d.id === "timbreFiscal")?.name).toBe("Timbre fiscal");
  });
});
