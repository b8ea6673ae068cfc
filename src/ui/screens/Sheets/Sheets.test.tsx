// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import {
  deleteFollowUpEvent,
  LOCAL_PROFILE_ID,
  saveAnswers,
  saveDocumentStatus,
  saveFollowUpEvent,
  saveIdentity,
} from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { DeskChecklist } from "./DeskChecklist";
import { DeskProcedures } from "./DeskProcedures";
import { Summary } from "./Summary";

storePlainFor(LOCAL_PROFILE_ID);

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const spouseRenewal = {
  need: "renewal" as const,
  card: "temporary" as const,
  reasons: [{ ground: "family" as const, detail: "spouseOfFrench" as const }],
  nationality: "ma" as const,
  children: "no" as const,
  housing: "hosted" as const,
};

/** The sheet's row of a document, found by its official French name. */
const rowOf = (name: RegExp) => {
  const row = screen
    .getAllByText(name)
    .map((cell) => cell.closest("tr"))
    .find(Boolean);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe("Summary", () => {
  it("prints the person's checklist with each status as a symbol and a word, and what is missing", async () => {
    await renderScreen(<Summary />, "fr", "/summary");
    await saveAnswers(spouseRenewal);
    await saveDocumentStatus("passport", "have");
    await saveIdentity({ surname: "Diallo", givenNames: "Aminata" });
    await screen.findByRole("heading", { level: 2, name: "Résumé du dossier de titre de séjour" });
    expect(screen.getByRole("button", { name: "Imprimer le résumé" })).toBeTruthy();
    expect(screen.getByRole("row", { name: /Nom et prénoms DIALLO Aminata/ })).toBeTruthy();
    const passport = rowOf(/^Passeport \(pages/);
    expect(passport.textContent).toContain("✔");
    expect(passport.textContent).toContain("Prêt");
    const hosting = rowOf(/^Attestation d'hébergement datée/);
    expect(hosting.textContent).toContain("✘Manque");
    expect(hosting.querySelector("td")?.textContent).toMatch(/^\d+$/);
    const missing = screen.getByRole("region", { name: "Ce qui manque" });
    expect(within(missing).getByText(/^Attestation d'hébergement datée/)).toBeTruthy();
    expect(within(missing).queryByText(/^Passeport/)).toBeNull();
    // One column only: every text is French.
    expect(document.querySelectorAll('article [lang]:not([lang="fr"])')).toHaveLength(0);
  });

  it("leaves blank lines for facts not given, and offers to complete them", async () => {
    await renderScreen(<Summary />, "fr", "/summary");
    await saveAnswers(spouseRenewal);
    await screen.findByRole("heading", { level: 2, name: "Résumé du dossier de titre de séjour" });
    expect(screen.getByRole("link", { name: "Compléter mes informations" }).getAttribute("href")).toBe(
      "/about-me",
    );
    const birth = screen.getByRole("row", { name: /Date de naissance/ });
    expect(birth.querySelector(".sheet__blank")).toBeTruthy();
  });

  it("puts Arabic beside French, right to left, with the official French names kept", async () => {
    await renderScreen(<Summary />, "ar", "/summary");
    await saveAnswers(spouseRenewal);
    expect(document.documentElement.dir).toBe("rtl");
    await screen.findByRole("button", { name: "طباعة الملخص" });
    const article = document.querySelector("article.sheet");
    expect(article?.getAttribute("lang")).toBe("fr");
    const title = screen.getByRole("heading", { level: 2 });
    const [french, arabic] = [...title.querySelectorAll("span")];
    expect(french?.getAttribute("lang")).toBe("fr");
    expect(french?.textContent).toBe("Résumé du dossier de titre de séjour");
    expect(arabic?.getAttribute("lang")).toBe("ar");
    expect(arabic?.getAttribute("dir")).toBe("rtl");
    expect(arabic?.textContent).toBe("ملخص ملف بطاقة الإقامة");
    const passport = rowOf(/^Passeport \(pages/);
    expect(passport.textContent).toContain("جواز السفر");
    expect(passport.textContent).toContain("Manque");
    expect(passport.textContent).toContain("ناقصة");
  });

  it("dates the filing with how it was filed, in French beside Arabic", async () => {
    await renderScreen(<Summary />, "ar", "/summary");
    await saveAnswers(spouseRenewal);
    await saveFollowUpEvent({ id: "filed-1", kind: "filed", date: "2026-10-05", channel: "counter" });
    const row = await screen.findByRole("row", { name: /05\/10\/2026/ });
    expect(row.textContent).toContain("Demande déposée — Au guichet de la préfecture");
    expect(row.textContent).toContain("تم تقديم الطلب — ");
    await deleteFollowUpEvent("filed-1");
  });

  it("sends a person with no answers to the questions", async () => {
    await renderScreen(<Summary />, "fr", "/summary");
    expect(await screen.findByRole("link", { name: "Répondre aux questions" })).toBeTruthy();
  });
});

/** The blank checklist screen at its address, as the router gives it. */
const renderDesk = (procedure: string, language: "fr" | "ar" = "fr") =>
  renderScreen(
    <Router>{[<Route key="desk" path="/desk/checklist/:procedure" component={DeskChecklist} />]}</Router>,
    language,
    `/desk/checklist/${procedure}`,
  );

describe("blank checklists for drop-in desks", () => {
  it("lists every procedure by picture and name, each leading to its list", async () => {
    await renderScreen(<DeskProcedures />, "fr", "/desk/checklist");
    const list = await screen.findByRole("list", { name: "Les démarches" });
    const link = within(list).getByRole("link", { name: /^Renouveler : marié avec une personne française/ });
    expect(link.getAttribute("href")).toBe("/desk/checklist/spouseRenewal");
    expect(link.querySelector("svg")).toBeTruthy();
  });

  it("prints a procedure's list with boxes to tick, in French and a language picked apart from the app's", async () => {
    await renderDesk("spouseRenewal");
    await screen.findByRole("heading", { level: 2, name: "Liste des papiers à préparer" });
    expect(document.querySelectorAll(".sheet__box-to-tick").length).toBeGreaterThan(5);
    expect(rowOf(/^Attestation d'hébergement datée/)).toBeTruthy();
    expect(document.querySelectorAll('article [lang="ar"]')).toHaveLength(0);
    const picker = screen.getByRole("group", { name: "Langue à côté du français" });
    expect(within(picker).getByRole("button", { name: "Français" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    fireEvent.click(within(picker).getByRole("button", { name: "العربية" }));
    await waitFor(() => expect(document.querySelectorAll('article [lang="ar"]').length).toBeGreaterThan(5));
    expect(document.documentElement.lang).toBe("fr");
    expect(
      rowOf(/^Attestation d'hébergement datée/)
        .querySelector('[lang="ar"]')
        ?.getAttribute("dir"),
    ).toBe("rtl");
  });

  it("starts in the app's language, right to left in Arabic", async () => {
    await renderDesk("spouseRenewal", "ar");
    expect(document.documentElement.dir).toBe("rtl");
    await screen.findByRole("button", { name: "طباعة القائمة" });
    expect(document.querySelectorAll('article [lang="ar"]').length).toBeGreaterThan(5);
  });

  it("says so for a procedure that does not exist", async () => {
    await renderDesk("noSuchProcedure");
    expect(await screen.findByText("Cette démarche n'existe pas.")).toBeTruthy();
  });
});
