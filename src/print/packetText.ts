import { BLANK } from "./buildLetter";
import { toWinAnsi } from "./toWinAnsi";

// The words of the generated PDF packet. The packet is for the préfecture and exists only in French
// (the standard PDF fonts write no other script), so these are document text, not interface text.

/** Facts for the cover page, already in French; what is missing stays a blank line. */
export interface CoverFacts {
  name?: string | undefined;
  birthDate?: string | undefined;
  nationality?: string | undefined;
  foreignerNumber?: string | undefined;
  /** Official French titles of the procedures sought. */
  procedures: readonly string[];
  /** The day the packet is made, DD/MM/YYYY. */
  date: string;
}

/** A piece as counted in the finished packet. */
export interface CountedPiece {
  number: number;
  frenchName: string;
  pages: number;
}

/** A value the standard fonts can write, or a line to fill by hand. */
export const pdfText = (value: string | undefined): string => {
  const text = value?.trim() ? toWinAnsi(value.trim()) : undefined;
  return text ?? BLANK;
};

/** The cover page: who, what, when, how many pieces and pages. */
export function packetCover(facts: CoverFacts, pieces: readonly CountedPiece[]) {
  const pages = pieces.reduce((sum, piece) => sum + piece.pages, 0);
  const procedures = facts.procedures.map((title) => pdfText(title));
  return {
    title: "Dossier de demande de titre de séjour",
    subtitle: "Copies des pièces justificatives",
    rows: [
      ["Nom et prénoms", pdfText(facts.name)],
      ["Date de naissance", pdfText(facts.birthDate)],
      ["Nationalité", pdfText(facts.nationality)],
      ["Numéro étranger", pdfText(facts.foreignerNumber)],
      ...(procedures.length > 0
        ? procedures.map((title, index) => [index === 0 ? "Démarche" : "", title] as const)
        : [["Démarche", BLANK] as const]),
      ["Date", facts.date],
      ["Nombre de pièces", String(pieces.length)],
      ["Nombre de pages des pièces", String(pages)],
    ] as ReadonlyArray<readonly [string, string]>,
    note: "Le bordereau des pièces suit cette page. Chaque page porte le numéro de sa pièce. Les originaux peuvent être présentés sur demande.",
  };
}

/** The bordereau's rows: number, official name, number of pages and where they are in the packet. */
export function bordereauRows(pieces: readonly CountedPiece[], firstPiecePage: number) {
  let next = firstPiecePage;
  return pieces.map((piece) => {
    const from = next;
    next += piece.pages;
    return {
      number: `${piece.number}`,
      name: pdfText(piece.frenchName),
      pages: piece.pages === 0 ? "copie papier" : String(piece.pages),
      where: piece.pages === 0 ? "—" : piece.pages === 1 ? `${from}` : `${from} à ${next - 1}`,
    };
  });
}

/** Headings and fixed words of the bordereau pages. */
export const BORDEREAU_TEXT = {
  title: "Bordereau des pièces jointes",
  columns: { number: "N°", name: "Pièce", pages: "Pages", where: "Dans ce dossier" },
  continued: "Bordereau des pièces jointes (suite)",
  pageOf: (page: number, pages: number) => `Page ${page}/${pages}`,
} as const;
