import type { DossierIconName } from "./DossierIcon";

/** The shape a document pictogram is drawn on: a sheet of paper, a card, a booklet, a stamp, photos. */
export type PictogramBase = "sheet" | "card" | "booklet" | "stamp" | "photos";
/** Colours that match the real documents (a green récépissé, a navy passport). */
export type PictogramTone = "paper" | "green" | "blue" | "navy" | "teal" | "brown" | "grey";

/** One document pictogram: a base, a tone and a concrete emblem (a Tabler shape, MIT). */
export interface PictogramSpec {
  base: PictogramBase;
  tone: PictogramTone;
  emblem?: DossierIconName;
}

const sheet = (emblem: DossierIconName, tone: PictogramTone = "paper"): PictogramSpec => ({
  base: "sheet",
  tone,
  emblem,
});

/** Every document pictogram, by the id the catalogue uses. One style: a document with one concrete sign. */
export const pictograms = {
  passport: { base: "booklet", tone: "navy", emblem: "world" },
  visa: { base: "booklet", tone: "teal", emblem: "plane" },
  booklet: { base: "booklet", tone: "brown", emblem: "users-group" },
  titre: { base: "card", tone: "blue" },
  idCard: { base: "card", tone: "grey" },
  healthCard: { base: "card", tone: "green", emblem: "medical-cross" },
  stamp: { base: "stamp", tone: "paper", emblem: "currency-euro" },
  photo: { base: "photos", tone: "paper" },
  recepisse: sheet("file-check", "green"),
  civilAct: sheet("baby-carriage"),
  court: sheet("gavel"),
  ofpra: sheet("shield-check", "blue"),
  decision: sheet("scale", "blue"),
  attestation: sheet("file-check"),
  bill: sheet("bolt"),
  lease: sheet("home-2"),
  receipt: sheet("receipt-2"),
  taxNotice: sheet("file-invoice"),
  hotel: sheet("bed"),
  hostLetter: sheet("users"),
  form: sheet("list-check"),
  ephoto: sheet("camera"),
  marriage: sheet("rings"),
  family: sheet("users-group"),
  pacs: sheet("heart-handshake"),
  sworn: sheet("writing"),
  child: sheet("mood-kid"),
  upkeep: sheet("coin"),
  school: sheet("school"),
  workPermit: sheet("id-badge-2"),
  contract: sheet("writing"),
  payslip: sheet("currency-euro"),
  employer: sheet("building-factory"),
  endContract: sheet("briefcase-off"),
  certificate: sheet("certificate"),
  jobCenter: sheet("briefcase"),
  company: sheet("building"),
  bank: sheet("building-bank"),
  transcript: sheet("list-check"),
  diploma: sheet("award"),
  guarantor: sheet("heart-handshake"),
  republic: sheet("flag"),
  ofii: sheet("file-check", "blue"),
  language: sheet("language"),
  exam: sheet("award", "blue"),
  calendar: sheet("calendar-event"),
  lost: sheet("search"),
  police: sheet("shield"),
  letter: sheet("mail"),
} as const satisfies Record<string, PictogramSpec>;

/** A pictogram id. */
export type PictogramName = keyof typeof pictograms;

/** Whether a catalogue pictogram id has a drawing. */
export function isPictogramName(name: string): name is PictogramName {
  return Object.hasOwn(pictograms, name);
}
