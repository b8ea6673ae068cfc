import { afterEach, describe, expect, it, vi } from "vitest";

const prefetchLockScreen = vi.fn();
vi.mock("./ProfileGuard", () => ({ prefetchLockScreen }));
const { routes } = await import("./routes");
const { preloadFirstScreen } = await import("./preloadFirstScreen");

afterEach(() => vi.restoreAllMocks());

describe("preloadFirstScreen", () => {
  it("fetches the start screen for an address with a person's data, parameters included", () => {
    preloadFirstScreen("/letters/coverLetter");
    preloadFirstScreen("/");
    expect(prefetchLockScreen).toHaveBeenCalledTimes(2);
  });

  it("fetches the screen itself when it shows no one's data", () => {
    prefetchLockScreen.mockClear();
    const language = routes.find((route) => route.path === "/language");
    if (!language) throw new Error("no language route");
    const load = vi.spyOn(language, "load");
    preloadFirstScreen("/language");
    expect(load).toHaveBeenCalledOnce();
    expect(prefetchLockScreen).not.toHaveBeenCalled();
  });

  it("fetches nothing ahead for an unknown address (its small page is open to all)", () => {
    prefetchLockScreen.mockClear();
    preloadFirstScreen("/no/such/page");
    expect(prefetchLockScreen).not.toHaveBeenCalled();
  });
});
