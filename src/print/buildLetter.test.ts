import { beforeAll, describe, expect, it } from "vitest";
import type { Attempt } from "@/domain";
import { initI18n, loadNamespaces, translatorFor } from "@/i18n";
import { BLANK, buildLetter, type LetterInput } from "./buildLetter";

let fr: ReturnType<typeof translatorFor>;
beforeAll(async () => {
  await initI18n("fr");
  await loadNamespaces("paper", "followup", "packet");
  fr = translatorFor("fr");
});

const attempt = (id: string, kind: Attempt["kind"], date: string, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  kind,
  date,
  createdAt: 0,
  ...extra,
});

const input: LetterInput = {
  identity: {
    surname: "Diallo",
    givenNames: "Aminata",
    birthDate: "1990-04-02",
    nationality: "guinéenne",
    foreignerNumber: "7512345678",
    prefecture: "du Rhône",
  },
  permit: { kind: "titre", expiresOn: "2026-12-15", channel: "anef" },
  events: [],
  attempts: [
    attempt("1", "anefError", "2026-10-01", {
      note: "Erreur 500",
      screenshot: { fileKey: "k", mimeType: "image/png" },
    }),
    attempt("2", "cccCall", "2026-10-03", { ticket: "T-48213" }),
    attempt("3", "panVisit", "2026-10-10", { place: "Préfecture du Rhône" }),
  ],
  today: "2026-11-27",
};

/** Everything a letter prints, as one text. */
const text = (letter: ReturnType<typeof buildLetter>) => Object.values(letter).flat().join("\n");

describe("the letter asking for in-person reception (substitution solution)", () => {
  it("carries the person's identifiers, the dated chronology and the legal references", () => {
    const letter = buildLetter("inPersonReception", input, fr);
    expect(letter.sender[0]).toBe("DIALLO Aminata");
    expect(letter.sender).toContain("Numéro étranger : 7512345678");
    expect(letter.recipient[0]).toBe("Madame, Monsieur le Préfet du Rhône");
    expect(letter.chronology).toEqual([
      "01/10/2026 : Erreur sur le site ANEF (Erreur 500 ; capture d'écran jointe)",
      "03/10/2026 : Appel au Centre de contact citoyen (ticket n° T-48213)",
      "10/10/2026 : Visite au point d'accueil numérique (Préfecture du Rhône)",
    ]);
    const all = text(letter);
    for (const reference of [
      "R.431-2",
      "1er août 2023",
      "3 juin 2022, n° 452798",
      "15/12/2026",
      "27/11/2026",
    ]) {
      expect(all).toContain(reference);
    }
    expect(all).not.toContain("461694");
    expect(letter.enclosures).toContain("Captures d'écran des erreurs : 1");
  });

  it("puts the heading « Pièces jointes » above its enclosures", () => {
    const letter = buildLetter("inPersonReception", input, fr);
    expect(letter.enclosuresHeading).toBe("Pièces jointes");
    expect(letter.enclosures[0]).toBe("Copie de mon document de séjour actuel");
  });

  it("leaves what is unknown blank, to be written by hand, and never guesses", () => {
    const letter = buildLetter(
      "inPersonReception",
      { ...input, identity: {}, permit: undefined, attempts: [] },
      fr,
    );
    expect(letter.sender[0]).toBe(BLANK);
    expect(letter.recipient[0]).toBe(`Madame, Monsieur le Préfet ${BLANK}`);
    expect(letter.paragraphs[1]).toBe(`Mon document de séjour actuel expire le ${BLANK}.`);
    expect(letter.chronology.every((line) => line.includes(BLANK))).toBe(true);
    expect(text(letter)).not.toMatch(/undefined|null/);
  });
});

describe("the letter asking for the missing attestation de prolongation d'instruction", () => {
  it("cites R.431-15-1 with the filing and expiry dates", () => {
    const letter = buildLetter(
      "prolongationAttestation",
      { ...input, events: [{ id: "f", kind: "filed", date: "2026-09-01" }] },
      fr,
    );
    const all = text(letter);
    expect(all).toContain("R.431-15-1");
    expect(letter.paragraphs[0]).toContain("01/09/2026");
    expect(letter.paragraphs[1]).toContain("15/12/2026");
    expect(letter.enclosuresHeading).toBe("Pièces jointes");
    expect(letter.enclosures).toEqual([
      "Copie de mon document de séjour actuel",
      "Copie de l'attestation de dépôt de ma demande",
    ]);
  });
});

describe("the cover letter of a paper filing, with its bordereau", () => {
  it("lists the ready documents as numbered pieces and asks to register the request", () => {
    const letter = buildLetter(
      "coverLetter",
      {
        ...input,
        procedure: "Carte de séjour temporaire — conjoint de Français",
        bordereau: [
          { number: 1, documentId: "passport", frenchName: "Passeport" },
          { number: 2, documentId: "lease", frenchName: "Bail de location" },
        ],
      },
      fr,
    );
    expect(letter.enclosuresHeading).toBe("Bordereau des pièces jointes");
    expect(letter.enclosures).toEqual(["Pièce n° 1 : Passeport", "Pièce n° 2 : Bail de location"]);
    expect(letter.paragraphs[0]).toContain("Carte de séjour temporaire — conjoint de Français");
    expect(letter.paragraphs[1]).toContain("15/12/2026");
    expect(letter.sender).toContain("Numéro étranger : 7512345678");
    expect(letter.request.join(" ")).toContain("récépissé");
    expect(letter.legalReferences).toContain("R.431-11");
    expect(letter.placeAndDate).toContain("27/11/2026");
  });

  it("leaves blank lines to fill by hand when nothing is ready or known", () => {
    const letter = buildLetter("coverLetter", { ...input, identity: {}, permit: undefined }, fr);
    expect(letter.enclosures).toEqual([1, 2, 3].map((n) => `Pièce n° ${n} : ${BLANK}`));
    expect(letter.paragraphs[0]).toContain(BLANK);
    expect(text(letter)).not.toMatch(/undefined|null/);
  });
});
