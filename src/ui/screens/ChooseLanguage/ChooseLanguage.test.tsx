// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { createProfile, getProfileLanguage, getSetting, lockNow } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { ChooseLanguage } from "./ChooseLanguage";

describe("ChooseLanguage", () => {
  it("lists each language by its own name in its own script, with its French name, and no flag", async () => {
    await renderScreen(<ChooseLanguage />, "fr", "/language");
    const arabic = screen.getByRole("button", { name: /العربية/ });
    expect(arabic.querySelector('[lang="ar"]')?.textContent).toBe("العربية");
    expect(arabic.textContent).toContain("arabe");
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByRole("button", { name: /Français/ }).getAttribute("aria-pressed")).toBe("true");
  });

  it("switches the whole app to Arabic, right to left, and remembers it", async () => {
    await renderScreen(<ChooseLanguage />, "fr", "/language?back=%2Fhelp");
    fireEvent.click(screen.getByRole("button", { name: /العربية/ }));
    await waitFor(() => expect(document.documentElement.dir).toBe("rtl"));
    expect(document.documentElement.lang).toBe("ar");
    await waitFor(async () => expect(await getSetting("language")).toBe("ar"));
    await waitFor(() => expect(window.location.pathname).toBe("/help"));
  });

  it("has saved an unlocked person's own language by the time it leaves the screen", async () => {
    await renderScreen(<ChooseLanguage />, "fr", "/language?back=%2Fhelp");
    const id = await createProfile({ avatar: "flower", pin: "123456", iterations: 1_000 });
    fireEvent.click(screen.getByRole("button", { name: /العربية/ }));
    await waitFor(() => expect(window.location.pathname).toBe("/help"));
    // No waiting after the route change: a reload at this instant must find Arabic.
    expect(await getProfileLanguage(id)).toBe("ar");
  });
});

afterEach(() => lockNow());
