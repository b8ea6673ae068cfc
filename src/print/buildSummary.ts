import { catalogue, documentById } from "@/catalogue";
import {
  type Answers,
  type CurrentPermit,
  checklistFor,
  type DocumentStatus,
  type FollowUpEvent,
  GROUPS,
  type Group,
  type Identity,
  missingOf,
  nextStep,
  progressOf,
  renewalWindow,
  ruleOf,
} from "@/domain";
import type { CalendarDate } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import type { Bilingual, Words } from "./bilingual";
import { type ProcedureBlock, procedureBlock, verifiedOn } from "./procedureBlock";

/** Everything the summary sheet is built from: the stored dossier and today's date. */
export interface SummaryInput {
  answers: Answers;
  statuses: Readonly<Record<string, DocumentStatus>>;
  identity: Identity;
  permit?: CurrentPermit | undefined;
  events: readonly FollowUpEvent[];
  today: CalendarDate;
}

/** One fact about the person; `value` undefined prints a blank line to fill by hand, never a guess. */
export interface SummaryField {
  label: Words;
  value: string | undefined;
}

/** One numbered row of the checklist. */
export interface SummaryDocument {
  number: number;
  documentId: string;
  /** The official French name, always printed. */
  frenchName: string;
  name: Words;
  status: DocumentStatus;
  statusWord: Words;
  /** Alternatives: "one of these is enough". */
  oneOf?: Words;
}

/** A missing unit of the checklist: one document, or alternatives of which one is enough. */
export interface SummaryMissing {
  numbers: number[];
  frenchNames: string[];
  names: Words[];
}

/** A dated line (DD/MM/YYYY). */
export interface SummaryDate {
  label: Words;
  date: string;
}

/** The summary sheet as data, each text in French and in the person's language. */
export interface Summary {
  printedOn: Words;
  verifiedOn: Words;
  identity: SummaryField[];
  procedures: ProcedureBlock[];
  groups: Array<{ group: Group; title: Words; documents: SummaryDocument[] }>;
  progress: Words;
  missing: SummaryMissing[];
  next?: Words;
  dates: SummaryDate[];
}

/** A printed symbol beside each status word, so the status never rests on colour (UX.md §1.2). */
export const STATUS_SYMBOL: Record<DocumentStatus, string> = { have: "✔", missing: "✘", notConcerned: "—" };

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Who the person is, as far as they said: name, birth date, nationality, numéro étranger, préfecture. */
function identityFields(me: Identity, w: Bilingual): SummaryField[] {
  const name = [trimmed(me.surname)?.toUpperCase(), trimmed(me.givenNames)].filter(Boolean).join(" ");
  return [
    { label: w("summary:fields.name"), value: name || undefined },
    { label: w("summary:fields.birthDate"), value: me.birthDate ? formatAdminDate(me.birthDate) : undefined },
    { label: w("summary:fields.nationality"), value: trimmed(me.nationality) },
    { label: w("summary:fields.foreignerNumber"), value: trimmed(me.foreignerNumber) },
    { label: w("summary:fields.prefecture"), value: trimmed(me.prefecture) },
  ];
}

/** Two texts on one line, language by language: "Demande déposée — Par la poste". */
function joined(first: Words, second: Words): Words {
  const fr = `${first.fr} — ${second.fr}`;
  return first.own === undefined ? { fr } : { fr, own: `${first.own} — ${second.own ?? second.fr}` };
}

/** The titre's renewal window and the dates after filing, in date order. */
function datesOf(input: SummaryInput, w: Bilingual): SummaryDate[] {
  const dated: Array<{ iso: CalendarDate; label: Words }> = [];
  if (input.permit) {
    const window = renewalWindow(input.permit.expiresOn, ruleOf(input.permit));
    dated.push(
      { iso: window.opens, label: w("summary:dates.renewalOpens") },
      { iso: window.closes, label: w("summary:dates.renewalCloses") },
      { iso: window.expires, label: w(`summary:dates.expires.${input.permit.kind}`) },
    );
  }
  for (const event of input.events) {
    const label = w(`summary:dates.events.${event.kind}`);
    // How the request was filed (ANEF, counter, post…), as the follow-up screen shows it: an agent or a
    // judge reading the sheet needs it as much as the date.
    dated.push({
      iso: event.date,
      label: event.channel ? joined(label, w(`followup:events.channels.${event.channel}`)) : label,
    });
    if (!event.endsOn) continue;
    const ends =
      event.kind === "prolongationAttestation" || event.kind === "recepisse" ? event.kind : "other";
    dated.push({ iso: event.endsOn, label: w(`summary:dates.ends.${ends}`) });
  }
  return dated
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .map(({ iso, label }) => ({ label, date: formatAdminDate(iso) }));
}

/**
 * The summary sheet for the agent and the person: who, which procedure(s) and where, every document with
 * its status, what is missing, the dates, with the same checklist as the Checklist screen (checklistFor).
 */
export function buildSummary(input: SummaryInput, w: Bilingual): Summary {
  const { procedures, items } = checklistFor(input.answers, catalogue, new Date(`${input.today}T12:00:00`));
  const statusOf = (id: string) => input.statuses[id] ?? "missing";
  const numbers = new Map(items.map((item, index) => [item.documentId, index + 1]));
  const frenchName = (id: string) => documentById(id)?.frenchName ?? id;
  const groups = GROUPS.map((group) => ({
    group,
    title: w(`dossier:checklist.${group}`),
    documents: items
      .filter((item) => item.group === group)
      .map((item): SummaryDocument => {
        const status = statusOf(item.documentId);
        return {
          number: numbers.get(item.documentId) ?? 0,
          documentId: item.documentId,
          frenchName: frenchName(item.documentId),
          name: w(`catalogue:documents.${item.documentId}.name`),
          status,
          statusWord: w(`summary:status.${status}`),
          ...(item.choice ? { oneOf: w("summary:sheet.oneOf") } : {}),
        };
      }),
  })).filter((g) => g.documents.length > 0);
  const progress = progressOf(items, input.statuses);
  const next = nextStep(input.permit, input.events, input.today);
  return {
    printedOn: w("summary:sheet.printedOn", { date: formatAdminDate(input.today) }),
    verifiedOn: verifiedOn(
      procedures.map((m) => m.procedure),
      items.map((i) => i.documentId),
      w,
    ),
    identity: identityFields(input.identity, w),
    procedures: procedures.map((m) => procedureBlock(m.procedure, w)),
    groups,
    progress: w("summary:sheet.progress", { ready: progress.ready, total: progress.total }),
    missing: missingOf(items, input.statuses).map((unit) => ({
      numbers: unit.map((item) => numbers.get(item.documentId) ?? 0),
      frenchNames: unit.map((item) => frenchName(item.documentId)),
      names: unit.map((item) => w(`catalogue:documents.${item.documentId}.name`)),
    })),
    ...(next ? { next: w(`followup:nextStep.${next.kind}`, { date: formatAdminDate(next.date) }) } : {}),
    dates: datesOf(input, w),
  };
}
