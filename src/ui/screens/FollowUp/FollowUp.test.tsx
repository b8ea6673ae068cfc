// @vitest-environment happy-dom
import { screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { addDays, todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, saveCurrentPermit, saveFollowUpEvent } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { FollowUp } from "./FollowUp";

storePlainFor(LOCAL_PROFILE_ID);

const today = todayOf(new Date());

describe("FollowUp", () => {
  it("asks for the titre when none is known", async () => {
    await renderScreen(<FollowUp />, "fr", "/followup");
    expect(await screen.findByRole("link", { name: "Ajouter mon titre" })).toBeTruthy();
  });

  it("shows the renewal window of a titre on ANEF and says it is time to file", async () => {
    await prepareScreen("fr");
    const expires = addDays(today, 100);
    await saveCurrentPermit({ kind: "titre", expiresOn: expires, channel: "anef" });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    const closes = formatAdminDate(addDays(expires, -60));
    expect(
      await screen.findByText(`C'est le moment. Demandez le renouvellement avant le ${closes}.`),
    ).toBeTruthy();
    expect(screen.getByRole("figure", { name: "Les dates du renouvellement" }).textContent).toContain(
      formatAdminDate(addDays(expires, -120)),
    );
  });

  it("warns in Arabic, right to left, that an attestation ends within two weeks", async () => {
    await prepareScreen("ar");
    await saveFollowUpEvent({
      id: "a",
      kind: "prolongationAttestation",
      date: addDays(today, -60),
      endsOn: addDays(today, 13),
    });
    await renderScreen(<FollowUp />, "ar", "/followup", { keepDatabase: true });
    await waitFor(() => expect(screen.getByText(/ستنتهي قريبًا/)).toBeTruthy());
    expect(document.documentElement.dir).toBe("rtl");
  });
});
