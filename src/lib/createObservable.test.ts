import { describe, expect, it, vi } from "vitest";
import { createObservable } from "./createObservable";

describe("createObservable", () => {
  it("tells subscribers about a new value, once, until they unsubscribe", () => {
    const status = createObservable("idle");
    const listener = vi.fn();
    const stop = status.subscribe(listener);
    status.set("ready");
    status.set("ready");
    stop();
    status.set("idle");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith("ready");
    expect(status.get()).toBe("idle");
  });
});
