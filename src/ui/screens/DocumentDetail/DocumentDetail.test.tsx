// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, loadDocumentDates, saveCurrentPermit } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { DocumentDetail } from "./DocumentDetail";

storePlainFor(LOCAL_PROFILE_ID);

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

const at = (id: string) =>
  [
    <Router key="r">{[<Route key="document" path="/document/:id" component={DocumentDetail} />]}</Router>,
    `/document/${id}`,
  ] as const;

describe("DocumentDetail", () => {
  it("explains why, where, the rules, the source and its date, and leads to the photos", async () => {
    const [ui, url] = at("utilityBill");
    await renderScreen(ui, "fr", url);
    expect(screen.getByRole("heading", { level: 1, name: "Facture" })).toBeTruthy();
    // The body comes at once, with the bill's date card, so nothing jumps down when the dates arrive.
    expect(await screen.findByText("Moins de 3 mois. L'annexe 10 accepte 6 mois.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "La date du papier" })).toBeTruthy();
    expect(screen.getByText("Vérifié le 27/11/2026")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ajouter des photos" }).getAttribute("href")).toBe(
      "/pages/utilityBill",
    );
    expect(screen.getByRole("link", { name: "legifrance.gouv.fr" }).getAttribute("target")).toBe("_blank");
  });

  it("takes the bill's date with taps, keeps it, and says when it is too old", async () => {
    const [ui, url] = at("utilityBill");
    await renderScreen(ui, "fr", url);
    const today = todayOf(new Date());
    await screen.findByRole("heading", { level: 2, name: "La date du papier" });
    expect(screen.getByText(`Dates vérifiées pour aujourd'hui, le ${formatAdminDate(today)}.`)).toBeTruthy();
    const issued = addMonths(today, -4);
    const picker = screen.getByRole("group", { name: "Quelle date est écrite sur ce papier ?" });
    fireEvent.click(within(picker).getByRole("button", { name: issued.slice(0, 4) }));
    fireEvent.click(within(picker).getByRole("button", { name: new RegExp(`^${issued.slice(5, 7)} — `) }));
    fireEvent.click(within(picker).getByRole("button", { name: String(Number(issued.slice(8, 10))) }));
    await waitFor(async () =>
      expect(await loadDocumentDates()).toEqual({ utilityBill: { issuedOn: issued } }),
    );
    await screen.findByText(
      "Plus de 3 mois. L'annexe 10 accepte 6 mois. Certaines préfectures demandent moins de 3 mois.",
    );
  });

  it("checks a passport's end date against the day the renewal window opens", async () => {
    const [ui, url] = at("passport");
    await renderScreen(ui, "fr", url);
    const today = todayOf(new Date());
    const expires = addDays(today, 200);
    await saveCurrentPermit({ kind: "titre", expiresOn: expires, channel: "anef" });
    const opens = formatAdminDate(addDays(expires, -120));
    await screen.findByText(
      `Dates vérifiées pour le ${opens}. Ce jour-là, vous pourrez demander le renouvellement.`,
    );
    expect(screen.getByRole("heading", { level: 2, name: "La date de fin" })).toBeTruthy();
    expect(screen.getByText("Encore valable le jour du dépôt.")).toBeTruthy();
  });

  it("says so for a document that does not exist", async () => {
    const [ui, url] = at("unknownThing");
    await renderScreen(ui, "fr", url);
    expect(screen.getByRole("heading", { level: 1, name: "Ce papier n'est pas dans Papiers." })).toBeTruthy();
  });

  it("speaks Arabic right to left and keeps the official French name", async () => {
    const [ui, url] = at("timbreFiscal");
    await renderScreen(ui, "ar", url);
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "الطابع الجبائي" })).toBeTruthy();
    expect(screen.getByText("Timbre fiscal (électronique)").getAttribute("lang")).toBe("fr");
  });
});
