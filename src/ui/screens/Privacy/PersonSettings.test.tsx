// @vitest-environment happy-dom
import { act, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { createProfile, listProfiles, lockNow, unlockedProfile } from "@/storage";
import { UNDO_DELAY_MS } from "@/ui/components";
import { renderScreen } from "../../../../tests/renderScreen";
import { PersonSettings } from "./PersonSettings";

/** The settings of a person just created and unlocked. */
async function renderSettings(language: LanguageCode = "fr") {
  await initI18n(language);
  await loadNamespaces("privacy", "person");
  const view = await renderScreen(<PersonSettings />, language, "/person");
  const id = await createProfile({ avatar: "flower", pin: "123456", iterations: 1_000 });
  await screen.findByText("Fleur");
  return { view, id };
}

afterEach(() => {
  vi.useRealTimers();
  lockNow();
});

describe("a person's own settings", () => {
  it("locks at once", async () => {
    await renderSettings();
    fireEvent.click(screen.getByRole("button", { name: "Fermer mon dossier" }));
    expect(unlockedProfile.get()).toBeNull();
  });

  it("says what survives outside Papiers, and deletes only when the 10 s to undo have passed", async () => {
    const { id } = await renderSettings();
    expect(
      screen.getByText(/les photos dans la galerie, les PDF téléchargés, les captures d'écran/),
    ).toBeTruthy();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    fireEvent.click(screen.getByRole("button", { name: "Supprimer cette personne" }));
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await act(() => {
      vi.advanceTimersByTime(UNDO_DELAY_MS + 1);
    });
    expect((await listProfiles()).map((p) => p.id)).toEqual([id]);

    fireEvent.click(screen.getByRole("button", { name: "Supprimer cette personne" }));
    expect(screen.getByRole("status").textContent).toContain("supprimé dans 10 secondes");
    await act(() => {
      vi.advanceTimersByTime(UNDO_DELAY_MS + 1);
    });
    vi.useRealTimers();
    await expect.poll(async () => (await listProfiles()).length).toBe(0);
    expect(unlockedProfile.get()).toBeNull();
  });

  it("speaks Arabic right to left", async () => {
    await initI18n("ar");
    await loadNamespaces("privacy", "person");
    await renderScreen(<PersonSettings />, "ar", "/person");
    await createProfile({ avatar: "flower", pin: "123456", iterations: 1_000 });
    expect(document.documentElement.dir).toBe("rtl");
    expect(await screen.findByRole("heading", { level: 1, name: "رمزي ونسختي" })).toBeTruthy();
  });
});
