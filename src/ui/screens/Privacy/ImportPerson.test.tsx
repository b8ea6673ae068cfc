// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { createProfile, loadTransfer, lockNow } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { ImportPerson } from "./ImportPerson";

async function renderImport(language: LanguageCode = "fr") {
  await initI18n(language);
  await loadNamespaces("privacy", "person");
  return renderScreen(<ImportPerson />, language, "/import");
}

/** Chooses `bytes` as the file, types `words`, and asks to open. */
function submit(bytes: Uint8Array | null, words: string) {
  const input = screen.getByLabelText("Le fichier (.papiers)");
  const files = bytes ? [new File([bytes.slice()], "copie.papiers")] : [];
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.input(screen.getByLabelText("Les 6 mots"), { target: { value: words } });
  fireEvent.click(screen.getByRole("button", { name: "Ouvrir la copie" }));
}

afterEach(lockNow);

describe("receiving a file", () => {
  it("asks for the file first", async () => {
    await renderImport();
    submit(null, "ane");
    expect((await screen.findByRole("alert")).textContent).toContain("Choisissez d'abord le fichier");
  });

  it("says when the file is damaged, and when the words are wrong", async () => {
    await renderImport();
    submit(new TextEncoder().encode("ceci n'est pas une copie"), "ane ecole");
    expect((await screen.findByRole("alert")).textContent).toContain("abîmé ou incomplet");

    const { sealBackup } = await import("@/storage/transfer/backupFile");
    const sealed = await sealBackup({ "profile.json": new TextEncoder().encode("{}") }, "ane ecole lapin");
    submit(sealed, "ane ecole lion");
    await expect
      .poll(() => screen.getByRole("alert").textContent, { timeout: 10_000 })
      .toContain("pas les bons");
  });

  it("offers to keep the person here with a code, or for this visit only, and never replaces without asking", async () => {
    await renderImport();
    const id = await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
    const { exportProfile } = await loadTransfer();
    const file = await exportProfile(id, "ane ecole lapin");
    lockNow();
    submit(file, "Âne École Lapin");
    fireEvent.click(
      await screen.findByRole(
        "button",
        { name: "Garder sur cet appareil, avec un code" },
        { timeout: 10_000 },
      ),
    );
    expect(screen.getByText("Ce dossier est déjà sur ce téléphone. Que faire ?")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Garder les deux" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Remplacer l'ancien dossier" })).toBeTruthy();
  });

  it("speaks Arabic right to left", async () => {
    await renderImport("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "استلام ملف" })).toBeTruthy();
  });
});
