// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { listProfiles, lockNow, unlockedProfile } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { NewPerson } from "./NewPerson";

async function renderNew(language: LanguageCode = "fr") {
  await initI18n(language);
  await loadNamespaces("privacy", "person");
  return renderScreen(<NewPerson />, language, "/new");
}
const typePin = (pin: string) => {
  for (const digit of pin) fireEvent.click(screen.getByRole("button", { name: digit }));
};

afterEach(lockNow);

describe("adding a person", () => {
  it("takes a picture and a PIN typed twice, warns that a forgotten PIN cannot be recovered", async () => {
    await renderNew();
    fireEvent.click(screen.getByRole("button", { name: "Vélo" }));
    expect(screen.getByText(/personne ne peut ouvrir votre dossier/)).toBeTruthy();
    typePin("135790");
    expect(screen.getByRole("group", { name: "Tapez le même code encore une fois." })).toBeTruthy();
    typePin("135791");
    expect(screen.getByRole("alert").textContent).toContain("pas pareils");
    typePin("135790");
    typePin("135790");
    expect(screen.getByText(/C'est moins sûr/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Non, seulement le code" }));
    await expect.poll(() => unlockedProfile.get()?.kind, { timeout: 10_000 }).toBe("person");
    const people = await listProfiles();
    expect(people).toEqual([expect.objectContaining({ avatar: "bicycle", hasPictureUnlock: false })]);
  });

  it("speaks Arabic right to left", async () => {
    await renderNew("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "شخص جديد" })).toBeTruthy();
  });
});
