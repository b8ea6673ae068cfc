// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import { LOCAL_PROFILE_ID, permitDraft } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { PermitEntry } from "./PermitEntry";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });
storePlainFor(LOCAL_PROFILE_ID);

const app = <Router>{[<Route key="permit" path="/followup/permit/:step" component={PermitEntry} />]}</Router>;

describe("PermitEntry", () => {
  it("takes the expiry date of a titre that ended years ago, with taps only", async () => {
    await prepareScreen("fr");
    await permitDraft.save({ kind: "titre" });
    await renderScreen(app, "fr", "/followup/permit/2", { keepDatabase: true });
    const longAgo = new Date().getFullYear() - 3;
    await screen.findByRole("group", { name: "Jusqu'à quelle date est-il valable ?" });
    expect(screen.queryByRole("button", { name: String(longAgo) })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Années d'avant" }));
    fireEvent.click(screen.getByRole("button", { name: String(longAgo) }));
    fireEvent.click(await screen.findByRole("button", { name: /^02 — / }));
    fireEvent.click(await screen.findByRole("button", { name: "28" }));
    await waitFor(async () => expect((await permitDraft.get())?.expiresOn).toBe(`${longAgo}-02-28`));
  });
});
