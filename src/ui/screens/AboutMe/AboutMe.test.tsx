// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { activeProfileId, getIdentity, LOCAL_PROFILE_ID } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { AboutMe } from "./AboutMe";

storePlainFor(LOCAL_PROFILE_ID, "someone-else");

/** Types into a field like a person: the value changes, and "change" fires only when leaving it. */
function type(label: string | RegExp, text: string, leave = true) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  input.value = text;
  fireEvent.input(input);
  if (leave) fireEvent.change(input);
  return input;
}

describe("AboutMe", () => {
  it("saves each field when it is left, and never wipes a field being typed when another one saves", async () => {
    await renderScreen(<AboutMe />, "fr", "/about-me");
    await screen.findByLabelText("Nom");
    type("Nom", "Diallo");
    const givenNames = type("Prénoms", "Aminata", false);
    await screen.findByText("Enregistré.");
    expect(givenNames.value).toBe("Aminata");
    fireEvent.change(givenNames);
    await waitFor(async () =>
      expect(await getIdentity()).toEqual({ surname: "Diallo", givenNames: "Aminata" }),
    );
  });

  it("saves a field for the person it was typed for, even if another person is unlocked before it is written", async () => {
    await renderScreen(<AboutMe />, "fr", "/about-me");
    await screen.findByLabelText("Nom");
    type("Nom", "Diallo");
    // The save is queued; before it runs, this phone switches to another person.
    activeProfileId.set("someone-else");
    try {
      await screen.findByText("Enregistré.");
      expect(await getIdentity()).toEqual({});
      activeProfileId.set(LOCAL_PROFILE_ID);
      expect(await getIdentity()).toEqual({ surname: "Diallo" });
    } finally {
      activeProfileId.set(LOCAL_PROFILE_ID);
    }
  });

  it("leaves an emptied field out instead of storing blank text", async () => {
    await renderScreen(<AboutMe />, "fr", "/about-me");
    await screen.findByLabelText("Nom");
    type("Nom", "Diallo");
    await screen.findByText("Enregistré.");
    type("Nom", "   ");
    await waitFor(async () => expect(await getIdentity()).toEqual({}));
  });

  it("asks in Arabic, right to left, and keeps the official French words visible", async () => {
    await renderScreen(<AboutMe />, "ar", "/about-me");
    expect(await screen.findByLabelText(/رقم الأجنبي \(numéro étranger\)/)).toBeTruthy();
    expect(document.documentElement.dir).toBe("rtl");
  });
});
