// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../tests/renderScreen";
import { Screen } from "./Screen";

/** A screen with steps in its address: a choice goes away when used (questions), Next stays (studio). */
function Steps() {
  const [step, setStep] = useState(1);
  return (
    <Screen title={`Étape ${step}`} here={`/steps/${step}`}>
      <button type="button" key={step} onClick={() => setStep(step + 1)}>
        {`Choix ${step}`}
      </button>
      <button type="button" onClick={() => setStep(step + 1)}>
        Suivant
      </button>
    </Screen>
  );
}

describe("Screen", () => {
  it("moves focus to the screen's main region when it shows, and at a new step that took the focused control", async () => {
    await renderScreen(<Steps />);
    const main = screen.getByRole("main");
    expect(document.activeElement).toBe(main);
    const first = screen.getByRole("button", { name: "Choix 1" });
    first.focus();
    fireEvent.click(first);
    await screen.findByRole("heading", { name: "Étape 2" });
    await waitFor(() => expect(document.activeElement).toBe(main));
  });

  it("leaves focus on a control that stays from one step to the next", async () => {
    await renderScreen(<Steps />);
    const next = screen.getByRole("button", { name: "Suivant" });
    next.focus();
    fireEvent.click(next);
    await screen.findByRole("heading", { name: "Étape 2" });
    expect(document.activeElement).toBe(next);
  });
});
