import { describe, expect, it } from "vitest";
import { BLANK } from "./buildLetter";
import { bordereauRows, packetCover, pdfText } from "./packetText";
import { pieceLabel } from "./pieceLabel";
import { toWinAnsi } from "./toWinAnsi";
import { uploadFileName } from "./uploadFileName";

describe("what every page of the packet says at its bottom", () => {
  it("names the piece by its number and official name, and the page among its pages", () => {
    expect(pieceLabel(3, "Justificatif de domicile", 1, 2)).toBe(
      "Pièce n° 3 — Justificatif de domicile — page 1/2",
    );
  });
});

describe("the name of each upload file", () => {
  it("is the number on two digits and the official name without accents or spaces", () => {
    expect(uploadFileName(3, "Justificatif de domicile")).toBe("03-justificatif-de-domicile.pdf");
    expect(uploadFileName(12, "Attestation de l'hôtel")).toBe("12-attestation-de-l-hotel.pdf");
    expect(uploadFileName(4, "Contrat d'engagement à respecter les principes de la République")).toBe(
      "04-contrat-d-engagement-a-respecter-les-principes-de-la.pdf",
    );
  });

  it("stays short and never ends with a dash when a long name is cut", () => {
    const name = uploadFileName(
      1,
      "Passeport (pages d'état civil, de validité, des visas et des cachets d'entrée)",
    );
    expect(name).toBe("01-passeport-pages-d-etat-civil-de-validite-des-visas-et-des.pdf");
    expect(name.length).toBeLessThanOrEqual(67);
  });

  it("writes œ as oe and survives a name with no letters", () => {
    expect(uploadFileName(7, "Certificat de vœux")).toBe("07-certificat-de-voeux.pdf");
    expect(uploadFileName(8, "???")).toBe("08-piece.pdf");
  });
});

describe("text inside the generated PDF (standard fonts, WinAnsi)", () => {
  it("keeps French and other Latin-1 names as typed", () => {
    expect(toWinAnsi("Zoë Ñúñez-Œuvray — 12 €")).toBe("Zoë Ñúñez-Œuvray — 12 €");
  });

  it("refuses a name in a script the fonts cannot write, so it is left blank to fill by hand", () => {
    expect(toWinAnsi("محمد")).toBeUndefined();
    expect(toWinAnsi("Amanuel ኣማኑኤል")).toBeUndefined();
    expect(toWinAnsi("Łukasz")).toBeUndefined();
    expect(pdfText("محمد")).toBe(BLANK);
    expect(pdfText(undefined)).toBe(BLANK);
    expect(pdfText("  ")).toBe(BLANK);
  });

  it("counts pieces and pages on the cover, and blanks what is unknown", () => {
    const cover = packetCover({ name: "DIALLO Aminata", procedures: [], date: "27/11/2026" }, [
      { number: 1, frenchName: "Passeport", pages: 4 },
      { number: 2, frenchName: "Bail", pages: 1 },
    ]);
    const rows = Object.fromEntries(cover.rows.map(([k, v]) => [k, v]));
    expect(rows["Nom et prénoms"]).toBe("DIALLO Aminata");
    expect(rows.Nationalité).toBe(BLANK);
    expect(rows.Démarche).toBe(BLANK);
    expect(rows["Nombre de pièces"]).toBe("2");
    expect(rows["Nombre de pages des pièces"]).toBe("5");
  });

  it("gives each bordereau row the packet pages where its piece is", () => {
    const rows = bordereauRows(
      [
        { number: 1, frenchName: "Passeport", pages: 4 },
        { number: 2, frenchName: "Bail", pages: 1 },
        { number: 3, frenchName: "Quittance de loyer", pages: 0 },
        { number: 4, frenchName: "Avis d'imposition", pages: 2 },
      ],
      3,
    );
    expect(rows.map((r) => [r.number, r.pages, r.where])).toEqual([
      ["1", "4", "3 à 6"],
      ["2", "1", "7"],
      ["3", "copie papier", "—"],
      ["4", "2", "8 à 9"],
    ]);
  });
});
