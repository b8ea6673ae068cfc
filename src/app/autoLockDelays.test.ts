import { afterEach, describe, expect, it } from "vitest";
import { AUTO_LOCK_DELAYS, autoLockDelays } from "./autoLockDelays";

afterEach(() => {
  Reflect.deleteProperty(globalThis, "__papiersAutoLock");
});

describe("auto-lock delays", () => {
  it("are 5 minutes without input and 60 s in the background", () => {
    expect(autoLockDelays()).toEqual({ idleMs: 300_000, hiddenMs: 60_000 });
    expect(AUTO_LOCK_DELAYS).toEqual({ idleMs: 300_000, hiddenMs: 60_000 });
  });

  it("can be shortened by a test's init script, and ignore anything malformed", () => {
    Reflect.set(globalThis, "__papiersAutoLock", { idleMs: 2_000, hiddenMs: 1_000 });
    expect(autoLockDelays()).toEqual({ idleMs: 2_000, hiddenMs: 1_000 });
    Reflect.set(globalThis, "__papiersAutoLock", { idleMs: -1, hiddenMs: "soon" });
    expect(autoLockDelays()).toEqual(AUTO_LOCK_DELAYS);
  });
});
