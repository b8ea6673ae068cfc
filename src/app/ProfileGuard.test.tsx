// @vitest-environment happy-dom
import { screen } from "@testing-library/preact";
import { ErrorBoundary } from "preact-iso";
import { afterEach, describe, expect, it } from "vitest";
import { initI18n, loadNamespaces } from "@/i18n";
import { createProfile, lockNow } from "@/storage";
import { renderScreen } from "../../tests/renderScreen";
import { ProfileGuard } from "./ProfileGuard";
import { routes } from "./routes";

afterEach(lockNow);

describe("the lock on every screen with a person's data", () => {
  it("leaves open only the screens that show no one's data; any other screen is locked by default", () => {
    const open = routes.filter((route) => route.showsNoProfileData).map((route) => route.path);
    expect(open.sort()).toEqual([
      "/about",
      "/calendar",
      "/desk/checklist",
      "/desk/checklist/:procedure",
      "/find-help",
      "/help",
      "/import",
      "/language",
      "/new",
      "/sources",
      "/studio",
      "/wipe",
    ]);
  });

  it("shows the start screen instead of the screen while locked, and the screen once unlocked", async () => {
    await initI18n("fr");
    await loadNamespaces("privacy", "person");
    await renderScreen(
      <ErrorBoundary>
        <ProfileGuard>
          <p>Numéro de dossier 12345</p>
        </ProfileGuard>
      </ErrorBoundary>,
      "fr",
      "/checklist",
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour" })).toBeTruthy();
    expect(screen.queryByText(/12345/)).toBeNull();

    await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
    expect(await screen.findByText(/12345/)).toBeTruthy();

    lockNow();
    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour" })).toBeTruthy();
    expect(screen.queryByText(/12345/)).toBeNull();
  });
});
