// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { LOCAL_PROFILE_ID, loadAnswers, saveAnswers } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Result } from "./Result";

storePlainFor(LOCAL_PROFILE_ID);

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const renewal = {
  need: "renewal" as const,
  card: "temporary" as const,
  reasons: [{ ground: "family" as const, detail: "spouseOfFrench" as const }],
  nationality: "other" as const,
  children: "no" as const,
  housing: "own" as const,
};

const ILLNESS_TITLE = "Carte pour soins médicaux";

describe("Result", () => {
  it("names the procedure in plain words and officially, with where, cost and deadline", async () => {
    await renderScreen(<Result />);
    await saveAnswers(renewal);
    await screen.findByRole("heading", { level: 2, name: "Renouveler : marié avec une personne française" });
    expect(
      screen
        .getByText("Renouvellement du titre « vie privée et familiale » — conjoint de Français")
        .getAttribute("lang"),
    ).toBe("fr");
    expect(screen.getByText("En ligne sur le site ANEF")).toBeTruthy();
    expect(screen.getByText("Déposez entre 120 et 60 jours avant la fin de votre carte.")).toBeTruthy();
    const stamp = screen.getAllByRole("listitem").find((li) => li.textContent?.startsWith("Droit de timbre"));
    // Both fee regimes, each with its date (the app runs after 20/02/2026).
    expect(stamp?.textContent).toContain("50 €");
    expect(stamp?.textContent).toContain("avant le 20/02/2026 : 25 €");
    // The 2026 renewal tax is one of the amounts DOMAIN.md marks ⚠.
    expect(screen.getAllByText("à confirmer").length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: "Voir mes papiers" }).getAttribute("href")).toBe("/checklist");
  });

  it("reminds an ill foreign national that the medical certificate goes to OFII within a month", async () => {
    await renderScreen(<Result />);
    await saveAnswers({ ...renewal, need: "first", reasons: [{ ground: "health" }], married: "single" });
    await screen.findByRole("heading", { level: 2, name: ILLNESS_TITLE });
    // The MEDICAL_TO_OFII rule in the words of deadline.afterFiling (DOMAIN.md §3.4, §9 item 9).
    expect(
      screen.getByText(
        "Votre médecin envoie le certificat médical à l'OFII. Il doit arriver dans le mois après la demande. Papiers ne garde aucune information médicale.",
      ),
    ).toBeTruthy();
  });

  it("starts the questions for a second reason", async () => {
    await renderScreen(<Result />);
    await saveAnswers(renewal);
    fireEvent.click(await screen.findByRole("button", { name: "Ajouter une autre raison" }));
    await waitFor(async () => expect((await loadAnswers()).reasons).toHaveLength(2));
    await waitFor(() => expect(window.location.pathname).toBe("/questions/4"));
  });

  it("says plainly when Papiers does not know the situation", async () => {
    await renderScreen(<Result />);
    await saveAnswers({
      ...renewal,
      need: "first",
      reasons: [{ ground: "work", detail: "jobSearch" }],
      nationality: "dz",
    });
    expect(await screen.findByText("Papiers ne connaît pas encore cette situation.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Voir mes papiers" })).toBeNull();
  });

  it("speaks Arabic right to left", async () => {
    await renderScreen(<Result />, "ar");
    await saveAnswers(renewal);
    expect(document.documentElement.dir).toBe("rtl");
    await screen.findByRole("heading", { level: 2, name: "التجديد: متزوج من شخص فرنسي" });
  });
});
