// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../tests/renderScreen";
import { Screen } from "./Screen";

/** A two-step screen: the step's button goes away when it is used, as on the question screens. */
function Steps() {
  const [step, setStep] = useState(1);
  return (
    <Screen title={`Étape ${step}`} here={`/steps/${step}`}>
      <button type="button" key={step} onClick={() => setStep(step + 1)}>
        {`Choix ${step}`}
      </button>
    </Screen>
  );
}

describe("Screen", () => {
  it("moves focus to the screen's main region when it shows, and again at each new step", async () => {
    await renderScreen(<Steps />);
    const main = screen.getByRole("main");
    expect(document.activeElement).toBe(main);
    const first = screen.getByRole("button", { name: "Choix 1" });
    first.focus();
    fireEvent.click(first);
    await screen.findByRole("heading", { name: "Étape 2" });
    expect(document.activeElement).toBe(main);
  });
});
