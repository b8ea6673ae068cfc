// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it } from "vitest";
import { useFocusAfterStep } from "./useFocusAfterStep";

afterEach(cleanup);

/** Two steps in one screen: the first step's button goes away when it is used. */
function TwoSteps() {
  const [step, setStep] = useState(1);
  useFocusAfterStep(step);
  return (
    <main id="main" tabIndex={-1}>
      <button type="button">Aide</button>
      {step === 1 ? (
        <button type="button" onClick={() => setStep(2)}>
          Suivant
        </button>
      ) : (
        <p>Étape 2</p>
      )}
    </main>
  );
}

describe("useFocusAfterStep", () => {
  it("puts the keyboard at the screen's start when a step removed the focused control", async () => {
    render(<TwoSteps />);
    const next = screen.getByRole("button", { name: "Suivant" });
    next.focus();
    fireEvent.click(next);
    await screen.findByText("Étape 2");
    expect(document.activeElement).toBe(screen.getByRole("main"));
  });

  it("leaves focus alone when it is still on a control", async () => {
    render(<TwoSteps />);
    const help = screen.getByRole("button", { name: "Aide" });
    help.focus();
    fireEvent.click(screen.getByRole("button", { name: "Suivant" }));
    await screen.findByText("Étape 2");
    expect(document.activeElement).toBe(help);
  });
});
