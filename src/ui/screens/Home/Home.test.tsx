// @vitest-environment happy-dom
import { screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { addDays, todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, saveAnswers, saveDocumentDates } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Home } from "./Home";

storePlainFor(LOCAL_PROFILE_ID);

describe("Home", () => {
  it("shows at most six picture tiles, each a link with a visible label", async () => {
    await renderScreen(<Home />);
    expect(screen.getByRole("heading", { level: 1, name: "Bonjour" })).toBeTruthy();
    const tiles = screen.getAllByRole("listitem").map((item) => item.querySelector("a"));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(6);
    for (const tile of tiles) {
      expect(tile?.querySelector("svg")).toBeTruthy();
      expect(tile?.textContent?.trim()).not.toBe("");
    }
  });

  it("keeps the five controls in place, with back hidden on the home screen", async () => {
    await renderScreen(<Home />);
    const nav = screen.getByRole("navigation", { name: "Commandes" });
    expect(nav.querySelector("[hidden]")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Écouter" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Aide" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Langue" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sortir vite" })).toBeTruthy();
  });

  it("puts papers too old for the filing date first, with a link to the checklist", async () => {
    await renderScreen(<Home />);
    await saveAnswers({
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "work", detail: "employee" }],
    });
    const today = todayOf(new Date());
    await saveDocumentDates("passport", { expiresOn: addDays(today, -3) });
    const banner = await screen.findByRole("link", {
      name: `À faire Papiers trop anciens pour le ${formatAdminDate(today)} : 1`,
    });
    expect(banner.getAttribute("href")).toBe("/checklist");
  });

  it("speaks Arabic right to left", async () => {
    await renderScreen(<Home />, "ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "مرحبًا" })).toBeTruthy();
  });
});
