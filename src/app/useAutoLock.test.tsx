// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/preact";
import { ErrorBoundary } from "preact-iso";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProfile, lockNow, openDatabase, unlockedProfile } from "@/storage";
import { useObservable } from "@/ui/hooks/useObservable";
import { AboutMe } from "@/ui/screens/AboutMe/AboutMe";
import { prepareScreen, renderScreen } from "../../tests/renderScreen";
import { ProfileGuard } from "./ProfileGuard";
import { useAutoLock } from "./useAutoLock";

const FAST = 1_000;
let visibility: DocumentVisibilityState = "visible";

/** The phone puts Papiers in the background, or brings it back. */
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event("visibilitychange"));
}

/** The auto-lock as the app shell wires it: on while someone is unlocked. */
function AutoLock() {
  useAutoLock(useObservable(unlockedProfile) !== null);
  return null;
}

beforeEach(() => {
  visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, "__papiersAutoLock");
  lockNow();
});

describe("auto-lock", () => {
  it("locks 60 s after the page is hidden, not before", async () => {
    await prepareScreen();
    await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    render(<AutoLock />);

    setVisibility("hidden");
    await vi.advanceTimersByTimeAsync(59_999);
    expect(unlockedProfile.get()).not.toBeNull();
    // 60 s, and the one tick the lock takes to check that no save is still being written.
    await vi.advanceTimersByTimeAsync(2);
    expect(unlockedProfile.get()).toBeNull();
  });

  it("stays open when the person comes back within 60 s, then locks after 5 minutes without input", async () => {
    await prepareScreen();
    await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    render(<AutoLock />);

    setVisibility("hidden");
    await vi.advanceTimersByTimeAsync(30_000);
    setVisibility("visible");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(unlockedProfile.get()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(4 * 60_000 - 1);
    expect(unlockedProfile.get()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2);
    expect(unlockedProfile.get()).toBeNull();
  });

  it("locks at once on return when the phone slept through the 60 s (timers paused)", async () => {
    await prepareScreen();
    await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    render(<AutoLock />);

    setVisibility("hidden");
    // A sleeping phone runs no timer: only the clock moves.
    vi.setSystemTime(Date.now() + 61_000);
    setVisibility("visible");
    await vi.advanceTimersByTimeAsync(0);
    expect(unlockedProfile.get()).toBeNull();
  });

  it("keeps what was being typed: unlocking returns to the same screen with the text in its field", async () => {
    // The delays the end-to-end tests use too: the real 60 s would only make the test slow.
    Reflect.set(globalThis, "__papiersAutoLock", { idleMs: 60_000, hiddenMs: 50 });
    await prepareScreen();
    await createProfile({ avatar: "cat", pin: "123456", iterations: FAST });
    await renderScreen(
      <ErrorBoundary>
        <AutoLock />
        <ProfileGuard>
          <AboutMe />
        </ProfileGuard>
      </ErrorBoundary>,
      "fr",
      "/about-me",
      { keepDatabase: true },
    );
    const field = (await screen.findByLabelText("Nom")) as HTMLInputElement;
    field.focus();
    field.value = "Diallo";
    fireEvent.input(field);
    // Not left: no "change" yet, so AboutMe has saved nothing.

    setVisibility("hidden");
    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour" })).toBeTruthy();
    expect(screen.queryByLabelText("Nom")).toBeNull();
    const rows = await (await openDatabase()).getAll("records");
    expect(rows.some((row) => new TextDecoder().decode(row.payload.bytes).includes("Diallo"))).toBe(false);

    setVisibility("visible");
    fireEvent.click(await screen.findByRole("button", { name: "Chat" }));
    for (const digit of "123456") fireEvent.click(screen.getByRole("button", { name: digit }));
    expect(((await screen.findByLabelText("Nom")) as HTMLInputElement).value).toBe("Diallo");
    expect(window.location.pathname).toBe("/about-me");
  });
});
