// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { LocationProvider } from "preact-iso";
import { describe, expect, it } from "vitest";
import { loadNamespaces } from "@/i18n";
import { shareInbox } from "@/lib/shareInbox";
import { renderScreen } from "../../../../tests/renderScreen";
import { Shared } from "./Shared";

/** Two files shared a moment ago, then the screen in the given language. */
async function afterSharingTwoFiles(language: "fr" | "ar") {
  await renderScreen(<p />, language);
  await loadNamespaces("capture");
  const now = Date.now();
  await shareInbox.add([
    { id: "a", name: "a.jpg", type: "image/jpeg", bytes: new ArrayBuffer(3), receivedAt: now },
    { id: "b", name: "b.pdf", type: "application/pdf", bytes: new ArrayBuffer(3), receivedAt: now },
  ]);
  // Rendered on the same fake database as the files (renderScreen would start a fresh one).
  return render(
    <LocationProvider>
      <Shared />
    </LocationProvider>,
  );
}

describe("Shared", () => {
  it("says how many files arrived, where to put them and that they are deleted after an hour", async () => {
    await afterSharingTwoFiles("fr");
    expect(screen.getByRole("heading", { level: 1, name: "Fichiers reçus" })).toBeTruthy();
    expect(await screen.findByText("Fichiers reçus d'une autre application : 2")).toBeTruthy();
    expect(screen.getByText("Papiers efface les fichiers reçus après une heure.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Aller à l'accueil" })).toBeTruthy();
  });

  it("reads right to left in Arabic", async () => {
    await afterSharingTwoFiles("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(await screen.findByText("ملفات مستلمة من تطبيق آخر: 2")).toBeTruthy();
  });
});
