import { beforeAll, describe, expect, it } from "vitest";
import type { Answers } from "@/domain";
import { initI18n, loadNamespaces, translatorFor } from "@/i18n";
import { type Bilingual, bilingual } from "./bilingual";
import { buildSummary, type SummaryInput } from "./buildSummary";

let french: Bilingual;
let frenchArabic: Bilingual;
beforeAll(async () => {
  await initI18n("ar");
  await loadNamespaces("summary", "dossier", "catalogue", "followup");
  french = bilingual(translatorFor("fr"));
  frenchArabic = bilingual(translatorFor("fr"), translatorFor("ar"));
});

/** Renewal of a one-year card as spouse of a French national, hosted by someone (as in the e2e flow). */
const spouseRenewal: Answers = {
  need: "renewal",
  card: "temporary",
  reasons: [{ ground: "family", detail: "spouseOfFrench" }],
  nationality: "ma",
  children: "no",
  housing: "hosted",
};

const input = (extra: Partial<SummaryInput> = {}): SummaryInput => ({
  answers: spouseRenewal,
  statuses: {},
  identity: {},
  events: [],
  today: "2026-11-27",
  ...extra,
});

const allDocuments = (summary: ReturnType<typeof buildSummary>) => summary.groups.flatMap((g) => g.documents);

describe("the summary sheet", () => {
  it("names the procedure, where to file and when, with the official French title", () => {
    const summary = buildSummary(input(), french);
    expect(summary.procedures).toHaveLength(1);
    const [procedure] = summary.procedures;
    expect(procedure?.frenchTitle).toBe(
      "Renouvellement du titre « vie privée et familiale » — conjoint de Français",
    );
    expect(procedure?.legal).toBe("CST 1 — CESEDA L.423-1");
    expect(procedure?.where.fr).toBe("En ligne sur le site ANEF");
    expect(procedure?.deadline.fr).toMatch(/^Déposez entre 120 et 60 jours avant la fin de votre carte\.$/);
  });

  it("numbers every document once, in the groups of the checklist, each with its status word", () => {
    const summary = buildSummary(
      input({ statuses: { passport: "have", hostProofOfAddress: "notConcerned" } }),
      french,
    );
    expect(summary.groups.map((g) => g.group)).toEqual(["always", "situation", "local"]);
    const documents = allDocuments(summary);
    expect(documents.map((d) => d.number)).toEqual(documents.map((_, i) => i + 1));
    const passport = documents.find((d) => d.documentId === "passport");
    expect(passport).toMatchObject({ status: "have", statusWord: { fr: "Prêt" } });
    const hostProof = documents.find((d) => d.documentId === "hostProofOfAddress");
    expect(hostProof?.statusWord.fr).toBe("Pas concerné");
    const hosting = documents.find((d) => d.documentId === "hostingAttestation");
    expect(hosting).toMatchObject({
      frenchName: "Attestation d'hébergement datée et signée par l'hébergeant",
      status: "missing",
      statusWord: { fr: "Manque" },
    });
  });

  it("boxes what is missing with the row numbers, as the progress counts it", () => {
    const summary = buildSummary(input({ statuses: { passport: "have" } }), french);
    const missingIds = summary.missing.flatMap((m) => m.frenchNames);
    expect(missingIds.filter((name) => name.startsWith("Passeport"))).toEqual([]);
    expect(missingIds).toContain("Attestation d'hébergement datée et signée par l'hébergeant");
    const match = summary.progress.fr.match(/^(\d+) prêts sur (\d+)$/);
    expect(match?.[1]).toBe("1");
    expect(summary.missing).toHaveLength(Number(match?.[2]) - 1);
    const documents = allDocuments(summary);
    for (const unit of summary.missing) {
      unit.numbers.forEach((number, i) => {
        expect(documents[number - 1]?.frenchName).toBe(unit.frenchNames[i]);
        expect(documents[number - 1]?.status).toBe("missing");
      });
    }
  });

  it("leaves a fact blank when the person did not give it, never a guess", () => {
    const summary = buildSummary(input({ identity: { surname: " Diallo ", nationality: "  " } }), french);
    expect(summary.identity.map((f) => [f.label.fr, f.value])).toEqual([
      ["Nom et prénoms", "DIALLO"],
      ["Date de naissance", undefined],
      ["Nationalité", undefined],
      ["Numéro étranger", undefined],
      ["Préfecture", undefined],
    ]);
  });

  it("writes the person's facts as given, dates as DD/MM/YYYY", () => {
    const summary = buildSummary(
      input({
        identity: {
          surname: "Diallo",
          givenNames: "Aminata",
          birthDate: "1990-04-02",
          nationality: "marocaine",
          foreignerNumber: "7512345678",
        },
      }),
      french,
    );
    expect(summary.identity.map((f) => f.value).slice(0, 4)).toEqual([
      "DIALLO Aminata",
      "02/04/1990",
      "marocaine",
      "7512345678",
    ]);
    expect(summary.printedOn.fr).toBe("Imprimé le 27/11/2026");
    expect(summary.verifiedOn.fr).toMatch(/^Liste vérifiée le \d{2}\/\d{2}\/\d{4}$/);
  });

  it("lists the renewal window and the dates after filing, in date order", () => {
    const summary = buildSummary(
      input({
        permit: { kind: "titre", expiresOn: "2027-06-30", channel: "anef" },
        events: [
          { id: "a", kind: "recepisse", date: "2026-11-02", endsOn: "2027-02-01" },
          { id: "b", kind: "convocation", date: "2026-12-10" },
        ],
      }),
      french,
    );
    expect(summary.dates.map((d) => `${d.date} ${d.label.fr}`)).toEqual([
      "02/11/2026 Récépissé",
      "10/12/2026 Convocation à la préfecture",
      "01/02/2027 Fin du récépissé",
      "02/03/2027 Début de la période pour renouveler",
      "01/05/2027 Dernier jour pour demander le renouvellement",
      "30/06/2027 Fin du titre de séjour",
    ]);
    expect(summary.next?.fr).toBe("Rendez-vous le 10/12/2026.");
  });

  it("says how the request was filed beside its date, in both languages", () => {
    const events = [{ id: "f", kind: "filed", date: "2026-10-05", channel: "post" }] as const;
    const inFrench = buildSummary(input({ events: [...events] }), french);
    expect(inFrench.dates.map((d) => `${d.date} ${d.label.fr}`)).toEqual([
      "05/10/2026 Demande déposée — Par la poste",
    ]);
    const both = buildSummary(input({ events: [...events] }), frenchArabic);
    expect(both.dates[0]?.label.fr).toBe("Demande déposée — Par la poste");
    expect(both.dates[0]?.label.own).toMatch(/ — /);
    expect(both.dates[0]?.label.own).not.toMatch(/Par la poste|Demande/);
    // An event stored before the channel was asked keeps its plain label.
    const before = buildSummary(input({ events: [{ id: "g", kind: "filed", date: "2026-10-05" }] }), french);
    expect(before.dates[0]?.label.fr).toBe("Demande déposée");
  });

  it("has no dates and no procedure for a person who has not answered", () => {
    const summary = buildSummary(input({ answers: { reasons: [{}] } }), french);
    expect(summary.procedures).toEqual([]);
    expect(summary.groups).toEqual([]);
    expect(summary.dates).toEqual([]);
    expect(summary.missing).toEqual([]);
  });

  it("pairs every French text with its Arabic one, row for row, official names in French only", () => {
    const summary = buildSummary(input({ statuses: { passport: "have" } }), frenchArabic);
    const passport = allDocuments(summary).find((d) => d.documentId === "passport");
    expect(passport?.name).toEqual({ fr: "Passeport", own: "جواز السفر" });
    expect(passport?.statusWord).toEqual({ fr: "Prêt", own: "جاهزة" });
    expect(passport?.frenchName).toMatch(/^Passeport \(pages/);
    expect(summary.identity[0]?.label).toEqual({ fr: "Nom et prénoms", own: "اللقب والأسماء" });
    expect(summary.printedOn.own).toBe("طُبع في 27/11/2026");
    const words = JSON.stringify(summary);
    expect(words).not.toMatch(/"own":""/);
    expect(buildSummary(input(), french).groups[0]?.title).toEqual({ fr: "Toujours demandés" });
  });
});
