/** The line printed at the bottom of every page of the packet: "Pièce n° 3 — Justificatif de domicile — page 1/2". */
export function pieceLabel(number: number, frenchName: string, page: number, pages: number): string {
  return `Pièce n° ${number} — ${frenchName} — page ${page}/${pages}`;
}
