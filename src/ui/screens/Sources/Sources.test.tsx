// @vitest-environment happy-dom
import { configure, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { renderScreen } from "../../../../tests/renderScreen";
import { Sources } from "./Sources";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

describe("Sources", () => {
  it("lists every procedure and document with its sources and last-verified date", async () => {
    await renderScreen(<Sources />);
    const procedures = within(screen.getByRole("list", { name: "Démarches" })).getAllByRole("listitem", {
      name: (_name, element) => element.parentElement?.getAttribute("aria-label") === "Démarches",
    });
    expect(procedures).toHaveLength(catalogue.procedures.length);
    for (const item of procedures) {
      expect(within(item).getByText(/^Vérifié le \d{2}\/\d{2}\/\d{4}$/)).toBeTruthy();
      expect(within(item).getAllByRole("link").length).toBeGreaterThan(0);
    }
    const documents = screen.getByRole("list", { name: "Papiers" });
    expect(within(documents).getByRole("heading", { name: "Timbre fiscal (électronique)" })).toBeTruthy();
  });

  it("speaks Arabic right to left", async () => {
    await renderScreen(<Sources />, "ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "المصادر" })).toBeTruthy();
  });
});
