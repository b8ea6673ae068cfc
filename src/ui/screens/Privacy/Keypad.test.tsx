// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { initI18n, loadNamespaces } from "@/i18n";
import { Keypad } from "./Keypad";

afterEach(cleanup);
beforeAll(async () => {
  await initI18n("fr");
  await loadNamespaces("privacy");
});

/** Presses keys on the desk computer's keyboard, all before the screen redraws (no act(): no render). */
const typeFast = (keys: string) => {
  for (const key of keys) window.dispatchEvent(new KeyboardEvent("keydown", { key }));
};

describe("the PIN keypad", () => {
  it("keeps every digit typed faster than the screen redraws", () => {
    const done = vi.fn();
    render(<Keypad label="Code" onComplete={done} />);
    typeFast("123456");
    expect(done).toHaveBeenCalledWith("123456");
  });

  it("erases the last digit, and starts again after a full PIN", async () => {
    const done = vi.fn();
    render(<Keypad label="Code" onComplete={done} />);
    typeFast("12");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Backspace" }));
    typeFast("3456");
    expect(done).not.toHaveBeenCalled();
    typeFast("7");
    expect(done).toHaveBeenLastCalledWith("134567");
    for (const digit of "654321") fireEvent.click(screen.getByRole("button", { name: digit }));
    expect(done).toHaveBeenLastCalledWith("654321");
    expect(await screen.findByText("Chiffres tapés : 0 sur 6")).toBeTruthy();
  });
});
