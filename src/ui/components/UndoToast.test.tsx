// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderScreen } from "../../../tests/renderScreen";
import { StepProgress } from "./StepProgress";
import { UNDO_DELAY_MS, UndoToast } from "./UndoToast";

afterEach(() => vi.useRealTimers());

describe("UndoToast", () => {
  it("lets the person take an action back, and only makes it final after 10 seconds", async () => {
    const onUndo = vi.fn();
    const onExpire = vi.fn();
    await renderScreen(<p>…</p>);
    vi.useFakeTimers();
    await renderScreen(<UndoToast message="Photo supprimée" onUndo={onUndo} onExpire={onExpire} />);
    expect(screen.getByRole("status").textContent).toContain("Photo supprimée");
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(onUndo).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(UNDO_DELAY_MS - 1);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledOnce();
    expect(UNDO_DELAY_MS).toBeGreaterThanOrEqual(10_000);
  });
});

describe("StepProgress", () => {
  it("shows the step in digits and as a bar", async () => {
    await renderScreen(<StepProgress current={2} total={5} />);
    expect(screen.getByText("Étape 2 sur 5")).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Étape 2 sur 5" });
    expect(bar.getAttribute("aria-valuenow")).toBe("2");
    expect(bar.getAttribute("aria-valuemax")).toBe("5");
  });

  it("reads right to left in Arabic with Latin digits", async () => {
    await renderScreen(<StepProgress current={3} total={7} />, "ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("progressbar", { name: "الخطوة 3 من 7" })).toBeTruthy();
  });
});
