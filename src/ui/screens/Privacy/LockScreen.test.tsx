// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { createProfile, lockNow, unlockedProfile } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { LockScreen } from "./LockScreen";

const FAST = 1_000;

/** The start screen in a language, with the feature's texts loaded. */
async function renderStart(language: LanguageCode = "fr") {
  await initI18n(language);
  await loadNamespaces("privacy", "person");
  return renderScreen(<LockScreen />, language, "/person");
}

/** A person added on this phone, then locked, as the start screen finds them. */
async function aLockedPerson(avatar: string, pin: string) {
  const id = await createProfile({ avatar, pin, iterations: FAST });
  lockNow();
  return id;
}

const typePin = (pin: string) => {
  for (const digit of pin) fireEvent.click(screen.getByRole("button", { name: digit }));
};

beforeEach(lockNow);
afterEach(lockNow);

describe("the start screen of a shared phone", () => {
  it("invites to add a person when nobody is there yet, and offers desk session and import", async () => {
    await renderStart();
    expect(screen.getByRole("heading", { level: 1, name: "Bonjour" })).toBeTruthy();
    expect(await screen.findByText(/Personne n'a encore de dossier/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ajouter une personne" }).getAttribute("href")).toBe("/new");
    expect(screen.getByRole("link", { name: "Recevoir un dossier" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /rien n'est gardé/ })).toBeTruthy();
  });

  it("shows people as their pictures, never names, and opens with the right PIN only", async () => {
    await renderStart();
    const id = await aLockedPerson("boat", "482913");
    fireEvent.click(await screen.findByRole("button", { name: "Bateau" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Tapez votre code secret" })).toBeTruthy();
    expect(document.querySelector("input")).toBeNull();

    typePin("111111");
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringContaining("pas le bon"),
    );
    expect(unlockedProfile.get()).toBeNull();

    typePin("482913");
    await screen.findByRole("status");
    await expect.poll(() => unlockedProfile.get()?.id).toBe(id);
  });

  it("says until what time to wait after wrong codes, and reads the clock only then", async () => {
    // The first Intl.DateTimeFormat of a page is slow: the keypad every unlock shows must not make one.
    const RealFormat = Intl.DateTimeFormat;
    let clocks = 0;
    class CountedFormat extends RealFormat {
      constructor(...args: ConstructorParameters<typeof RealFormat>) {
        super(...args);
        clocks++;
      }
    }
    Intl.DateTimeFormat = CountedFormat as typeof Intl.DateTimeFormat;
    try {
      await renderStart();
      await aLockedPerson("cat", "123456");
      fireEvent.click(await screen.findByRole("button", { name: "Chat" }));
      await screen.findByRole("heading", { level: 1, name: "Tapez votre code secret" });
      expect(clocks).toBe(0);
      const waitText = () => screen.queryByText(/Vous pourrez essayer encore à/);
      for (let tries = 0; tries < 5 && !waitText(); tries++) {
        typePin("111111");
        await expect.poll(() => screen.queryByText("Ouverture du dossier…")).toBeNull();
        await screen.findByRole("alert");
      }
      expect(waitText()?.textContent).toMatch(/à \d{2}:\d{2}\.$/);
      expect(clocks).toBeGreaterThan(0);
      expect(unlockedProfile.get()).toBeNull();
    } finally {
      Intl.DateTimeFormat = RealFormat;
    }
  });

  it("lets the person erase a digit they mistyped", async () => {
    await renderStart();
    const id = await aLockedPerson("cat", "123456");
    fireEvent.click(await screen.findByRole("button", { name: "Chat" }));
    typePin("12345");
    fireEvent.click(screen.getByRole("button", { name: "Effacer" }));
    expect(screen.getByText("Chiffres tapés : 4 sur 6")).toBeTruthy();
    typePin("56");
    await expect.poll(() => unlockedProfile.get()?.id).toBe(id);
  });

  it("offers the secret picture only to people who chose one, and says it is less safe", async () => {
    await renderStart();
    await aLockedPerson("cat", "123456");
    const withPicture = await createProfile({
      avatar: "sun",
      pin: "123456",
      secretPicture: "tree",
      iterations: FAST,
    });
    lockNow();
    fireEvent.click(await screen.findByRole("button", { name: "Chat" }));
    expect(screen.queryByRole("button", { name: /image secrète/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Ce n'est pas moi" }));
    fireEvent.click(await screen.findByRole("button", { name: "Soleil" }));
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir avec mon image secrète (moins sûr)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Arbre" }));
    await expect.poll(() => unlockedProfile.get()?.id).toBe(withPicture);
  });

  it("speaks Arabic right to left, with the keypad still reading 1 2 3 from the left", async () => {
    await renderStart("ar");
    expect(document.documentElement.dir).toBe("rtl");
    await aLockedPerson("fish", "123456");
    fireEvent.click(await screen.findByRole("button", { name: "سمكة" }));
    expect(await screen.findByRole("heading", { level: 1, name: "اكتب رمزك السري" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "1" }).parentElement?.getAttribute("dir")).toBe("ltr");
  });
});
