// @vitest-environment happy-dom
import { configure, screen } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../../tests/renderScreen";
import { DocumentDetail } from "./DocumentDetail";

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
    expect(screen.getByText("Moins de 3 mois. L'annexe 10 accepte 6 mois.")).toBeTruthy();
    expect(screen.getByText("Vérifié le 27/11/2026")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ajouter des photos" }).getAttribute("href")).toBe(
      "/pages/utilityBill",
    );
    expect(screen.getByRole("link", { name: "legifrance.gouv.fr" }).getAttribute("target")).toBe("_blank");
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
