// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, loadDocumentStatuses, saveAnswers, saveDocumentDates } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Checklist } from "./Checklist";

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

describe("Checklist", () => {
  it("sends a person with no answers to the questions", async () => {
    await renderScreen(<Checklist />);
    expect(await screen.findByRole("link", { name: "Répondre aux questions" })).toBeTruthy();
  });

  it("shows the documents grouped, with the official French name, and counts what is ready", async () => {
    await renderScreen(<Checklist />);
    await saveAnswers(spouseRenewal);
    await screen.findByRole("heading", { level: 2, name: "Toujours demandés" });
    expect(screen.getByRole("heading", { level: 2, name: "Dans votre situation" })).toBeTruthy();
    expect(
      screen.getByRole("heading", { level: 2, name: "Votre préfecture peut aussi demander" }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Attestation d'hébergement" })).toBeTruthy();
    expect(
      screen.getByText("Attestation d'hébergement datée et signée par l'hébergeant").getAttribute("lang"),
    ).toBe("fr");
    expect(screen.getByRole("progressbar", { name: /^0 prêts sur \d+$/ })).toBeTruthy();
  });

  it("changes a status with one tap, and undoes it", async () => {
    await renderScreen(<Checklist />);
    await saveAnswers(spouseRenewal);
    const passport = await screen.findByRole("group", { name: "Passeport — Où en êtes-vous ?" });
    fireEvent.click(within(passport).getByRole("button", { name: "Je l'ai" }));
    await waitFor(async () => expect(await loadDocumentStatuses()).toEqual({ passport: "have" }));
    await screen.findByRole("progressbar", { name: /^1 prêts sur \d+$/ });
    expect(screen.getByRole("status").textContent).toContain("Passeport : Je l'ai");
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await waitFor(async () => expect(await loadDocumentStatuses()).toEqual({}));
    await screen.findByRole("progressbar", { name: /^0 prêts sur \d+$/ });
  });

  it("leaves 'not concerned' documents out of the count", async () => {
    await renderScreen(<Checklist />);
    await saveAnswers(spouseRenewal);
    const before = await screen.findByRole("progressbar");
    const total = Number(before.getAttribute("aria-valuemax"));
    const judgment = screen.getByRole("group", { name: /Justificatif de domicile de l'hébergeant/ });
    fireEvent.click(within(judgment).getByRole("button", { name: "Pas concerné" }));
    await waitFor(() =>
      expect(screen.getByRole("progressbar").getAttribute("aria-valuemax")).toBe(String(total - 1)),
    );
  });

  it("warns, per document, when a paper is or will be too old on the filing date", async () => {
    await renderScreen(<Checklist />);
    await saveAnswers(spouseRenewal);
    const today = todayOf(new Date());
    await saveDocumentDates("passport", { expiresOn: addDays(today, -1) });
    await saveDocumentDates("hostingAttestation", { issuedOn: addMonths(today, -7) });
    await screen.findByText(`Dates vérifiées pour aujourd'hui, le ${formatAdminDate(today)}.`);
    const passport = screen.getByRole("heading", { level: 3, name: "Passeport" }).closest("li");
    await waitFor(() =>
      expect(passport?.textContent).toContain(
        `Plus valable depuis le ${formatAdminDate(addDays(today, -1))}.`,
      ),
    );
    const hosting = screen
      .getByRole("heading", { level: 3, name: "Attestation d'hébergement" })
      .closest("li");
    await waitFor(() => expect(hosting?.textContent).toContain("Trop ancien : plus de 6 mois."));
  });

  it("speaks Arabic right to left, with the French names kept", async () => {
    await renderScreen(<Checklist />, "ar");
    await saveAnswers(spouseRenewal);
    expect(document.documentElement.dir).toBe("rtl");
    await screen.findByRole("heading", { level: 3, name: "جواز السفر" });
    expect(screen.getByText("Timbre fiscal (électronique)")).toBeTruthy();
  });
});
