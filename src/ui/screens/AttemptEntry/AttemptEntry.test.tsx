// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { attemptDraft, LOCAL_PROFILE_ID, listAttempts } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { AttemptEntry } from "./AttemptEntry";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });
storePlainFor(LOCAL_PROFILE_ID);

const app = <Router>{[<Route key="attempt" path="/journal/new/:step" component={AttemptEntry} />]}</Router>;

describe("AttemptEntry", () => {
  it("picks an e-mail or letter sent with one tap", async () => {
    await renderScreen(app, "fr", "/journal/new/1");
    fireEvent.click(await screen.findByRole("button", { name: /^E-mail ou lettre envoyé/ }));
    await waitFor(async () => expect((await attemptDraft.get())?.kind).toBe("messageSent"));
  });

  it("notes an e-mail or letter sent, with to whom, and saves it in the journal", async () => {
    await prepareScreen("fr");
    await attemptDraft.save({ id: "m1", kind: "messageSent", date: "2025-02-03" });
    await renderScreen(app, "fr", "/journal/new/3", { keepDatabase: true });
    const to = await screen.findByRole("textbox", { name: "À qui, et pour quoi" });
    fireEvent.change(to, { target: { value: "Service des étrangers, demande de rendez-vous" } });
    expect(screen.queryByLabelText("Ajouter une photo de l'écran")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(async () => expect(await listAttempts()).toHaveLength(1));
    expect((await listAttempts())[0]).toMatchObject({
      id: "m1",
      kind: "messageSent",
      date: "2025-02-03",
      note: "Service des étrangers, demande de rendez-vous",
    });
  });

  it("notes an appointment refused or unavailable, with what was seen and room for a screenshot", async () => {
    await prepareScreen("fr");
    await attemptDraft.save({ id: "u1", kind: "appointmentUnavailable", date: "2025-02-04" });
    await renderScreen(app, "fr", "/journal/new/3", { keepDatabase: true });
    const seen = await screen.findByRole("textbox", { name: "Ce que vous avez vu" });
    expect(screen.getByLabelText("Ajouter une photo de l'écran")).toBeTruthy();
    fireEvent.change(seen, { target: { value: "Aucun créneau disponible" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(async () => expect(await listAttempts()).toHaveLength(1));
    expect((await listAttempts())[0]).toMatchObject({
      kind: "appointmentUnavailable",
      date: "2025-02-04",
      note: "Aucun créneau disponible",
    });
  });

  it("gives the Centre de contact citoyen's free number on the call form", async () => {
    await prepareScreen("fr");
    await attemptDraft.save({ id: "c1", kind: "cccCall", date: "2025-02-05" });
    await renderScreen(app, "fr", "/journal/new/3", { keepDatabase: true });
    const call = await screen.findByRole("link", { name: "0 806 001 620" });
    expect(call.getAttribute("href")).toBe("tel:0806001620");
    expect(screen.getByText("Le numéro du Centre de contact citoyen. L'appel est gratuit.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Numéro de ticket" })).toBeTruthy();
  });

  it("does not show the number on other forms", async () => {
    await prepareScreen("fr");
    await attemptDraft.save({ id: "p1", kind: "panVisit", date: "2025-02-06" });
    await renderScreen(app, "fr", "/journal/new/3", { keepDatabase: true });
    await screen.findByRole("textbox", { name: "Lieu" });
    expect(screen.queryByRole("link", { name: "0 806 001 620" })).toBeNull();
  });
});
