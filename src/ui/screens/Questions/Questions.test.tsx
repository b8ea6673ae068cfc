// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { LocationProvider, Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { LOCAL_PROFILE_ID, loadAnswers, saveAnswers } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Questions } from "./Questions";

storePlainFor(LOCAL_PROFILE_ID);

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const app = <Router>{[<Route key="questions" path="/questions/:step" component={Questions} />]}</Router>;

describe("Questions", () => {
  it("asks one question with at most six picture choices, then saves the tap and goes on", async () => {
    await renderScreen(app, "fr", "/questions/1");
    await screen.findByRole("heading", { level: 1, name: "De quoi avez-vous besoin ?" });
    expect(screen.getByText(/^Étape 1 sur \d+$/)).toBeTruthy();
    const choices = screen
      .getAllByRole("button", { pressed: false })
      .filter((b) => b.closest(".picture-choices"));
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(6);
    for (const choice of choices) {
      expect(choice.querySelector("svg")).toBeTruthy();
      expect(choice.querySelector("[data-listen]")?.textContent?.trim()).not.toBe("");
    }
    fireEvent.click(screen.getByRole("button", { name: "Renouveler ma carte" }));
    await waitFor(() => expect(window.location.pathname).toBe("/questions/2"));
    expect((await loadAnswers()).need).toBe("renewal");
    // The next question, from what was saved (the same-screen route change is covered in Chromium by
    // tests/e2e/dossier.e2e.ts; under happy-dom it re-renders late now and then).
    cleanup();
    await renderScreen(app, "fr", "/questions/2", { keepDatabase: true });
    await screen.findByRole("heading", { level: 1, name: "Pourquoi êtes-vous en France ?" });
  });

  it("keeps the answer when the person comes back, even after a reload", async () => {
    await renderScreen(app, "fr", "/questions/1");
    await saveAnswers({ need: "lost", reasons: [{}] });
    const chosen = await screen.findByRole("button", { name: "Ma carte est perdue ou volée", pressed: true });
    expect(chosen).toBeTruthy();
    expect(screen.getByRole("link", { name: "Retour" }).getAttribute("href")).toBe("/");
  });

  it("asks the second reason's ground with its own words", async () => {
    await renderScreen(<p />, "fr", "/questions/3");
    await saveAnswers({ need: "first", reasons: [{ ground: "studies" }, {}] });
    render(<LocationProvider>{app}</LocationProvider>);
    await screen.findByRole("heading", { level: 1, name: "Quelle est votre autre raison ?" });
  });

  it("speaks Arabic right to left", async () => {
    await renderScreen(app, "ar", "/questions/1");
    expect(document.documentElement.dir).toBe("rtl");
    await screen.findByRole("heading", { level: 1, name: "ماذا تحتاج؟" });
    expect(screen.getByRole("button", { name: "تجديد بطاقتي" })).toBeTruthy();
  });
});
