// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { currentLanguage, useT } from "@/i18n";
import { createProfile, lockNow, putSetting, unlockProfile } from "@/storage";
import { prepareScreen } from "../../tests/renderScreen";
import { useProfileLanguage } from "./useProfileLanguage";

/** The app shell's part that follows each person's language, with one translated heading to read. */
function Shell() {
  useProfileLanguage();
  const { t } = useT();
  return <h1>{t("privacy:start.title")}</h1>;
}

afterEach(lockNow);

describe("each person's own language", () => {
  it("switches the interface to Arabic, right to left, when a person who chose it unlocks", async () => {
    await prepareScreen("fr");
    await putSetting("language", "fr");
    const id = await createProfile({ avatar: "cat", pin: "123456", language: "ar", iterations: 1_000 });
    lockNow();
    render(<Shell />);
    expect(await screen.findByRole("heading", { name: "Bonjour" })).toBeTruthy();
    expect(document.documentElement.dir).toBe("ltr");

    await unlockProfile(id, "pin", "123456");
    await expect.poll(() => currentLanguage()).toBe("ar");
    expect(await screen.findByRole("heading", { name: "مرحبًا" })).toBeTruthy();
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");

    lockNow();
    await expect.poll(() => document.documentElement.dir).toBe("ltr");
    expect(currentLanguage()).toBe("fr");
  });
});
