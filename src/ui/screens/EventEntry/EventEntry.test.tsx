// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { followUpEventDraft, LOCAL_PROFILE_ID, listFollowUpEvents } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { EventEntry } from "./EventEntry";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });
storePlainFor(LOCAL_PROFILE_ID);

const app = <Router>{[<Route key="event" path="/followup/event/:step" component={EventEntry} />]}</Router>;

describe("EventEntry", () => {
  it("asks how the request was filed, with a picture button per channel, and keeps the answer", async () => {
    await prepareScreen("fr");
    await followUpEventDraft.save({ id: "e1", kind: "filed", date: "2025-03-04" });
    await renderScreen(app, "fr", "/followup/event/3", { keepDatabase: true });
    await screen.findByRole("group", { name: "Comment avez-vous déposé la demande ?" });
    expect(screen.getByText("Étape 3 sur 3")).toBeTruthy();
    for (const name of [
      "Sur internet (ANEF)",
      "Au guichet de la préfecture",
      "Par la poste",
      "Sur démarches-simplifiées",
    ]) {
      const button = screen.getByRole("button", { name: (accessible) => accessible.startsWith(name) });
      expect(button.querySelector("svg")).toBeTruthy();
    }
    fireEvent.click(screen.getByRole("button", { name: /^Par la poste/ }));
    await waitFor(async () =>
      expect(await listFollowUpEvents()).toEqual([
        { id: "e1", kind: "filed", date: "2025-03-04", channel: "post" },
      ]),
    );
    expect(await followUpEventDraft.get()).toBeUndefined();
  });

  it("saves other events without a channel, in two steps", async () => {
    await prepareScreen("fr");
    await followUpEventDraft.save({ id: "e2", kind: "convocation", date: "2025-05-06" });
    await renderScreen(app, "fr", "/followup/event/2", { keepDatabase: true });
    fireEvent.click(await screen.findByRole("button", { name: "Enregistrer" }));
    expect(screen.getByText("Étape 2 sur 2")).toBeTruthy();
    await waitFor(async () =>
      expect(await listFollowUpEvents()).toEqual([{ id: "e2", kind: "convocation", date: "2025-05-06" }]),
    );
  });
});
