// @vitest-environment happy-dom
import { screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProfile, lockNow, putFile } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { DurabilityBanner } from "./DurabilityBanner";

/** What the browser says about its storage (UX.md §5.3): kept from eviction or not, and the room used. */
function browserStorage(room: { persisted: boolean; usage: number; quota: number }) {
  const persisted = vi.fn(async () => room.persisted);
  Object.defineProperty(navigator, "storage", {
    configurable: true,
    value: {
      persist: async () => room.persisted,
      persisted,
      estimate: async () => ({ usage: room.usage, quota: room.quota }),
    },
  });
  return persisted;
}

/** Lets the banner finish reading the room (its last question to the browser) and render. */
async function afterReading(persisted: ReturnType<typeof browserStorage>) {
  await vi.waitFor(() => expect(persisted).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** A person, unlocked, with one saved page or none, and the banner of their settings screen. */
async function renderBanner({ withPage }: { withPage: boolean }) {
  await prepareScreen();
  const id = await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
  if (withPage) await putFile(id, `${id}:page:1`, `${id}:page:1`, "image/jpeg", new Uint8Array(3).buffer);
  return renderScreen(<DurabilityBanner profileId={id} />, "fr", "/person", { keepDatabase: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, "storage");
  vi.restoreAllMocks();
  lockNow();
});

describe("the storage warning", () => {
  it("says the phone may erase the data when the browser refused to keep it, and points to the copy", async () => {
    browserStorage({ persisted: false, usage: 10, quota: 100 });
    await renderBanner({ withPage: true });
    const banner = await screen.findByRole("status");
    expect(banner.textContent).toContain("Le téléphone peut effacer les données de Papiers");
    const link = screen.getByRole("link", { name: "Faire une copie maintenant" });
    expect(link.getAttribute("href")).toBe("/export");
  });

  it("says the phone is almost full from 90 % of the quota, even when the data is kept", async () => {
    browserStorage({ persisted: true, usage: 95, quota: 100 });
    await renderBanner({ withPage: true });
    expect((await screen.findByRole("status")).textContent).toContain("Le téléphone est presque plein");
    expect(screen.getByRole("link", { name: "Faire une copie maintenant" })).toBeTruthy();
  });

  it("stays silent when the data is kept and there is room, or before any page is saved", async () => {
    const kept = browserStorage({ persisted: true, usage: 10, quota: 100 });
    const { container } = await renderBanner({ withPage: true });
    await afterReading(kept);
    expect(container.textContent).toBe("");

    const refused = browserStorage({ persisted: false, usage: 99, quota: 100 });
    const empty = await renderBanner({ withPage: false });
    await afterReading(refused);
    expect(empty.container.textContent).toBe("");
  });
});
