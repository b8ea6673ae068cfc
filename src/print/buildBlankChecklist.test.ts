import { beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { initI18n, loadNamespaces, translatorFor } from "@/i18n";
import { type Bilingual, bilingual } from "./bilingual";
import { buildBlankChecklist } from "./buildBlankChecklist";

let frenchArabic: Bilingual;
beforeAll(async () => {
  await initI18n("ar");
  await loadNamespaces("summary", "dossier", "catalogue");
  frenchArabic = bilingual(translatorFor("fr"), translatorFor("ar"));
});

describe("the blank checklist of a procedure", () => {
  it("lists every document the procedure may ask, once, numbered, in French and Arabic", () => {
    const sheet = buildBlankChecklist("spouseRenewal", frenchArabic);
    expect(sheet?.procedure.frenchTitle).toBe(
      "Renouvellement du titre « vie privée et familiale » — conjoint de Français",
    );
    const rows = sheet?.groups.flatMap((g) => g.rows) ?? [];
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.documentId)).size).toBe(rows.length);
    const hosting = rows.find((r) => r.documentId === "hostingAttestation");
    expect(hosting?.frenchName).toBe("Attestation d'hébergement datée et signée par l'hébergeant");
    expect(hosting?.when?.fr).toBe("Parce qu'une personne vous loge.");
    expect(hosting?.when?.own).toBeTruthy();
    expect(rows.find((r) => r.documentId === "passport")?.name).toEqual({
      fr: "Passeport",
      own: "جواز السفر",
    });
    // Every proof of address the person may choose between says once that one is enough.
    const lease = rows.find((r) => r.documentId === "lease");
    expect([lease?.when?.fr, lease?.oneOf?.fr].filter(Boolean)).toEqual(["Un seul de ces papiers suffit."]);
  });

  it("puts a document in the same group as the person's checklist does", () => {
    const sheet = buildBlankChecklist("spouseRenewal", frenchArabic);
    const groupOf = (id: string) => sheet?.groups.find((g) => g.rows.some((r) => r.documentId === id))?.group;
    expect(groupOf("passport")).toBe("always");
    expect(groupOf("hostingAttestation")).toBe("situation");
    expect(groupOf("spouseNationalityProof")).toBe("local");
  });

  it("has a sheet for every procedure of the catalogue, and none for an unknown one", () => {
    for (const procedure of catalogue.procedures) {
      expect(buildBlankChecklist(procedure.id, frenchArabic)?.groups.length, procedure.id).toBeGreaterThan(0);
    }
    expect(buildBlankChecklist("noSuchProcedure", frenchArabic)).toBeUndefined();
  });
});
