import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { AnswersSchema, type ChecklistItem, checklistFor } from "@/domain";
import { bordereauFor } from "./bordereauFor";

const item = (documentId: string, group: ChecklistItem["group"]): ChecklistItem => ({
  documentId,
  group,
  because: [{ procedureId: "p", reason: group }],
  toConfirm: false,
});

describe("the bordereau (numbered list of enclosures)", () => {
  it("numbers the ready documents from 1, in the order the checklist shows them", () => {
    const items = [
      item("hostId", "situation"),
      item("passport", "always"),
      item("spouseNationalityProof", "local"),
      item("utilityBill", "situation"),
      item("birthCertificate", "always"),
    ];
    const statuses = {
      hostId: "have",
      passport: "have",
      spouseNationalityProof: "have",
      utilityBill: "have",
      birthCertificate: "have",
    } as const;
    expect(bordereauFor(items, statuses).map((e) => [e.number, e.documentId])).toEqual([
      [1, "passport"],
      [2, "birthCertificate"],
      [3, "hostId"],
      [4, "utilityBill"],
      [5, "spouseNationalityProof"],
    ]);
  });

  it("leaves out what is missing or not concerned, without gaps in the numbers", () => {
    const items = [
      item("passport", "always"),
      item("birthCertificate", "always"),
      item("utilityBill", "situation"),
    ];
    const entries = bordereauFor(items, {
      passport: "missing",
      birthCertificate: "notConcerned",
      utilityBill: "have",
    });
    expect(entries).toEqual([
      {
        number: 1,
        documentId: "utilityBill",
        frenchName: "Facture d'électricité, de gaz, d'eau, de téléphone fixe ou d'internet",
      },
    ]);
  });

  it("is empty when nothing is ready yet", () => {
    expect(bordereauFor([item("passport", "always")], {})).toEqual([]);
  });

  it("follows a real checklist from the catalogue", () => {
    const answers = AnswersSchema.parse({
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "ma",
      children: "no",
      housing: "hosted",
    });
    const { items } = checklistFor(answers, catalogue, new Date("2026-11-27T12:00:00Z"));
    const statuses = Object.fromEntries(items.map((i) => [i.documentId, "have" as const]));
    const entries = bordereauFor(items, statuses);
    expect(entries).toHaveLength(items.length);
    expect(entries.map((e) => e.number)).toEqual(items.map((_, index) => index + 1));
    const groupOf = new Map(items.map((i) => [i.documentId, i.group]));
    const groups = entries.map((e) => groupOf.get(e.documentId));
    expect(groups).toEqual(
      [...groups].sort(
        (a, b) =>
          ["always", "situation", "local"].indexOf(a ?? "") -
          ["always", "situation", "local"].indexOf(b ?? ""),
      ),
    );
  });
});
