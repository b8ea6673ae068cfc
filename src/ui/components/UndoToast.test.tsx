// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderScreen } from "../../../tests/renderScreen";
import { Screen } from "./Screen";
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

/** A list whose items are deleted with an undo, as pages and attempts are. */
function Deletable({ onExpire = () => {} }: { onExpire?: () => void }) {
  const [items, setItems] = useState(["Page 1", "Page 2"]);
  const [pending, setPending] = useState<string>();
  return (
    <Screen title="Pages" here="/pages">
      <button type="button">Garder</button>
      {items
        .filter((item) => item !== pending)
        .map((item) => (
          <button key={item} type="button" onClick={() => setPending(item)}>
            {`Supprimer ${item}`}
          </button>
        ))}
      {pending && (
        <UndoToast
          message="Page supprimée"
          onUndo={() => setPending(undefined)}
          onExpire={() => {
            setItems(items.filter((item) => item !== pending));
            setPending(undefined);
            onExpire();
          }}
        />
      )}
    </Screen>
  );
}

describe("UndoToast and the keyboard", () => {
  it("takes the focus when the control that acted went away, and gives it back to the screen after undo", async () => {
    await renderScreen(<Deletable />);
    const remove = screen.getByRole("button", { name: "Supprimer Page 1" });
    remove.focus();
    fireEvent.click(remove);
    const undo = await screen.findByRole("button", { name: "Annuler" });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByRole("button", { name: "Supprimer Page 1" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("main")));
  });

  it("leaves the focus where it is when the control that acted stays, and returns to it after undo", async () => {
    await renderScreen(<Deletable />);
    const keep = screen.getByRole("button", { name: "Garder" });
    keep.focus();
    // An action whose button stays on screen (delete this person, wipe the phone).
    fireEvent.click(screen.getByRole("button", { name: "Supprimer Page 2" }));
    await screen.findByRole("button", { name: "Annuler" });
    expect(document.activeElement).toBe(keep);
    screen.getByRole("button", { name: "Annuler" }).focus();
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(document.activeElement).toBe(keep));
  });
});

/** A list whose item is deleted at once and comes back on undo, its row going away a moment later. */
function DeletedLater() {
  const [items, setItems] = useState(["Dépôt"]);
  const [removed, setRemoved] = useState<string>();
  return (
    <Screen title="Dates" here="/dates">
      {items.map((item) => (
        <button
          key={item}
          type="button"
          onClick={() => {
            setRemoved(item);
            // As when the stored list is read again after the delete.
            setTimeout(() => setItems([]), 10);
          }}
        >
          {`Supprimer ${item}`}
        </button>
      ))}
      {removed && (
        <UndoToast
          message="Date supprimée"
          onUndo={() => {
            setItems([removed]);
            setRemoved(undefined);
          }}
          onExpire={() => setRemoved(undefined)}
        />
      )}
    </Screen>
  );
}

describe("UndoToast when the deleted row goes away after it shows", () => {
  it("takes the focus once the row is gone", async () => {
    await renderScreen(<DeletedLater />);
    const remove = screen.getByRole("button", { name: "Supprimer Dépôt" });
    remove.focus();
    fireEvent.click(remove);
    const undo = await screen.findByRole("button", { name: "Annuler" });
    await waitFor(() => expect(remove.isConnected).toBe(false));
    await waitFor(() => expect(document.activeElement).toBe(undo));
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
