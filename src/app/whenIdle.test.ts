// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./whenIdle";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("whenIdle", () => {
  it("waits for the browser to be idle, with a deadline", () => {
    const requestIdleCallback = vi.fn();
    vi.stubGlobal("requestIdleCallback", requestIdleCallback);
    const work = vi.fn();
    whenIdle(work, 2500);
    expect(work).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 2500 });
    requestIdleCallback.mock.calls[0]?.[0]();
    expect(work).toHaveBeenCalledOnce();
  });

  it("waits one second where the browser has no idle callback", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestIdleCallback", undefined);
    const work = vi.fn();
    whenIdle(work);
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });
});
