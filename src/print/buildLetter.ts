import type { Attempt, CurrentPermit, FollowUpEvent, Identity } from "@/domain";
import type { CalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import type { BordereauEntry } from "./bordereauFor";
import type { Translate } from "./translate";

/** The letters Papiers writes for the préfecture (DOMAIN.md §6.3). */
export type LetterKind = "inPersonReception" | "prolongationAttestation" | "coverLetter";

/** What a letter is built from; everything optional is left blank when missing, never guessed. */
export interface LetterInput {
  identity: Identity;
  permit?: CurrentPermit | undefined;
  events: readonly FollowUpEvent[];
  attempts: readonly Attempt[];
  /** The procedure sought, in French (its official title), when known. */
  procedure?: string | undefined;
  /** The numbered enclosures of a paper filing (the cover letter's bordereau). */
  bordereau?: readonly BordereauEntry[] | undefined;
  today: CalendarDate;
}

/** A letter as data: each block in order, ready for a print view. */
export interface Letter {
  kind: LetterKind;
  sender: string[];
  recipient: string[];
  placeAndDate: string;
  references: string;
  object: string;
  salutation: string;
  paragraphs: string[];
  chronology: string[];
  request: string[];
  legalReferences: string;
  closing: string;
  /** The heading above the enclosures: "Pièces jointes", or "Bordereau des pièces jointes" (cover letter). */
  enclosuresHeading: string;
  enclosures: string[];
  signature: string;
}

/** A line to fill by hand where a fact is missing. */
export const BLANK = "____________________";

/** Builds a letter in the language of `t` (French for the préfecture, the person's own to explain it). */
export function buildLetter(kind: LetterKind, input: LetterInput, t: Translate): Letter {
  const { identity: me, permit } = input;
  const or = (value: string | undefined) => (value?.trim() ? value.trim() : BLANK);
  const date = (value: CalendarDate | undefined) => (value ? formatAdminDate(value) : BLANK);
  const fullName = [me.surname?.toUpperCase(), me.givenNames].filter(Boolean).join(" ");
  const filed = input.events.find((e) => e.kind === "filed");
  const common = {
    kind,
    sender: [
      or(fullName),
      t("paper:letter.born", { date: date(me.birthDate), place: or(me.birthPlace) }),
      t("paper:letter.nationality", { nationality: or(me.nationality) }),
      t("paper:letter.address", { address: or(me.address) }),
      t("paper:letter.phone", { phone: or(me.phone) }),
      t("paper:letter.email", { email: or(me.email) }),
      t("paper:letter.foreignerNumber", { number: or(me.foreignerNumber) }),
      t("paper:letter.anefAccount", { email: or(me.anefEmail ?? me.email) }),
    ],
    recipient: [t("paper:letter.recipient", { prefecture: or(me.prefecture) }), t("paper:letter.service")],
    placeAndDate: t("paper:letter.placeAndDate", { place: BLANK, date: formatAdminDate(input.today) }),
    references: t("paper:letter.references", {
      permitNumber: or(me.permitNumber),
      requestNumber: or(me.requestNumber),
    }),
    salutation: t("paper:letter.salutation"),
    closing: t("paper:letter.closing"),
    signature: t("paper:letter.signature", { name: or(fullName) }),
  };
  const kindOfPermit = permit ? t(`followup:permit.kinds.${permit.kind}`) : undefined;
  if (kind === "inPersonReception") {
    const screenshots = input.attempts.filter((a) => a.screenshot).length;
    return {
      ...common,
      object: t("paper:letter.reception.object"),
      paragraphs: [
        t("paper:letter.reception.procedure", { procedure: or(input.procedure) }),
        kindOfPermit
          ? t("paper:letter.reception.permit", { kind: kindOfPermit, date: date(permit?.expiresOn) })
          : t("paper:letter.reception.permitUnknown", { date: BLANK }),
        t("paper:letter.reception.attempts"),
      ],
      chronology:
        input.attempts.length > 0
          ? input.attempts.map((attempt) => chronologyLine(attempt, t))
          : [`${BLANK} : ${BLANK}`, `${BLANK} : ${BLANK}`, `${BLANK} : ${BLANK}`],
      request: [
        t("paper:letter.reception.law"),
        t("paper:letter.reception.request"),
        ...(permit ? [t("paper:letter.reception.urgency", { date: date(permit.expiresOn) })] : []),
      ],
      legalReferences: t("paper:letter.reception.legal"),
      enclosuresHeading: t("paper:letter.enclosure.title"),
      enclosures: [
        t("paper:letter.enclosure.permit"),
        t("paper:letter.enclosure.passport"),
        t("paper:letter.enclosure.chronology"),
        ...(screenshots > 0 ? [t("paper:letter.enclosure.screenshots", { number: screenshots })] : []),
      ],
    };
  }
  if (kind === "coverLetter") return { ...common, ...coverLetter(input, kindOfPermit, t) };
  return {
    ...common,
    object: t("paper:letter.attestation.object"),
    paragraphs: [
      t("paper:letter.attestation.filed", { date: date(filed?.date) }),
      t("paper:letter.attestation.onTime", { date: date(permit?.expiresOn) }),
      t("paper:letter.attestation.law"),
    ],
    chronology: [],
    request: [t("paper:letter.attestation.request")],
    legalReferences: t("paper:letter.attestation.legal"),
    enclosuresHeading: t("paper:letter.enclosure.title"),
    enclosures: [t("paper:letter.enclosure.permit"), t("paper:letter.enclosure.deposit")],
  };
}

/**
 * The cover letter of a paper filing: what is filed, the precise request, and the numbered enclosures
 * (DOMAIN.md §6.3: "numbered list of enclosures (bordereau) and copies. Keep the originals.").
 */
function coverLetter(input: LetterInput, kindOfPermit: string | undefined, t: Translate) {
  const procedure = input.procedure?.trim() ? input.procedure.trim() : BLANK;
  const expiry = input.permit?.expiresOn ? formatAdminDate(input.permit.expiresOn) : BLANK;
  const bordereau = input.bordereau ?? [];
  return {
    object: t("packet:letter.object"),
    paragraphs: [
      t("packet:letter.procedure", { procedure }),
      kindOfPermit
        ? t("paper:letter.reception.permit", { kind: kindOfPermit, date: expiry })
        : t("paper:letter.reception.permitUnknown", { date: expiry }),
      t("packet:letter.pieces"),
    ],
    chronology: [],
    request: [t("packet:letter.request"), t("packet:letter.originals")],
    legalReferences: t("packet:letter.legal"),
    enclosuresHeading: t("packet:letter.bordereau"),
    enclosures:
      bordereau.length > 0
        ? bordereau.map((entry) =>
            t("packet:letter.enclosure", { number: entry.number, name: entry.frenchName }),
          )
        : [1, 2, 3].map((number) => t("packet:letter.enclosure", { number, name: BLANK })),
  };
}

/** One dated line of the chronology of attempts. */
function chronologyLine(attempt: Attempt, t: Translate): string {
  const details = [
    attempt.ticket ? t("paper:letter.ticket", { ticket: attempt.ticket }) : undefined,
    attempt.place,
    attempt.note,
    attempt.screenshot ? t("paper:letter.withScreenshot") : undefined,
  ].filter(Boolean);
  const step = t(`followup:journal.kinds.${attempt.kind}`);
  return `${formatAdminDate(attempt.date)} : ${step}${details.length ? ` (${details.join(" ; ")})` : ""}`;
}
