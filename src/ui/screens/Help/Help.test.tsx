// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../../tests/renderScreen";
import { NotFound } from "../NotFound/NotFound";
import { Help } from "./Help";

/** Opens help from a screen, as the top bar's help control does, in a language. */
async function helpFromNotFound(language: "fr" | "ar") {
  await renderScreen(<NotFound />, language, "/");
  const help = screen.getByRole("link", { name: language === "ar" ? "مساعدة" : "Aide" });
  fireEvent.click(help);
  cleanup();
  return renderScreen(<Help />, language, "/help?back=%2F", { keepDatabase: true });
}

describe("Help, read together", () => {
  it("shows the screen left behind in Arabic and in French side by side, each with its language", async () => {
    await helpFromNotFound("ar");
    expect(document.documentElement.dir).toBe("rtl");
    const together = await screen.findByRole("region", { name: /القراءة معًا/ });
    const rows = within(together).getAllByRole("listitem");
    const title = rows.find((row) => within(row).queryByText("Page introuvable"));
    expect(title).toBeTruthy();
    const [arabic, french] = [...(title?.querySelectorAll("p") ?? [])];
    expect([arabic?.getAttribute("lang"), arabic?.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect([french?.getAttribute("lang"), french?.getAttribute("dir")]).toEqual(["fr", "ltr"]);
    expect([arabic?.textContent, french?.textContent]).toEqual(["الصفحة غير موجودة", "Page introuvable"]);
    expect(within(together).getByText("Cette page n'existe pas.")).toBeTruthy();
  });

  it("in French, says to choose another language instead of showing French twice", async () => {
    await helpFromNotFound("fr");
    const together = await screen.findByRole("region", { name: /Lire à deux/ });
    expect(within(together).getByText(/Choisissez une autre langue que le français/)).toBeTruthy();
  });

  it("shows nothing side by side when help was not opened from another screen", async () => {
    await renderScreen(<Help />, "ar", "/help?back=%2Fjournal");
    expect(screen.getByRole("heading", { level: 1, name: "مساعدة" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: /القراءة معًا/ })).toBeNull();
  });
});
