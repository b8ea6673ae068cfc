// @vitest-environment happy-dom
import { configure, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { addDays, todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, saveCurrentPermit, saveFollowUpEvent } from "@/storage";
import { prepareScreen, renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { FollowUp } from "./FollowUp";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });
storePlainFor(LOCAL_PROFILE_ID);

const today = todayOf(new Date());
const VAUCLUSE =
  "https://vaucluse.gouv.fr/Demarches/Immigration/Demarches-et-reglementation/Deposer-une-demande-en-ligne-via-l-ANEF";
const MANDY =
  "https://mandyrezeaumerah.com/2024/02/17/je-nai-pas-recu-dattestation-de-prolongation-dinstruction-de-ma-demande-de-renouvellement-de-titre-de-sejour-attention-aux-delais/";
const R431_5 =
  "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998?version=LEGIARTI000043292776";
const R431_15_1 =
  "https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-reglementaire/livre-iv/titre-iii/chapitre-i/section-5/sous-section-2";

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

  it("shows how the request was filed, and nothing for an event stored without a channel", async () => {
    await prepareScreen("fr");
    await saveFollowUpEvent({ id: "f", kind: "filed", date: addDays(today, -10), channel: "counter" });
    await saveFollowUpEvent({ id: "g", kind: "filed", date: addDays(today, -5) });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    const list = await screen.findByRole("region", { name: "Après le dépôt" });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(2));
    const [counter, none] = within(list).getAllByRole("listitem");
    expect(counter?.textContent).toContain("Déposée : Au guichet de la préfecture");
    expect(none?.textContent).not.toContain("Déposée :");
  });

  it("explains what to do when the attestation de prolongation ends, with the letter and its source", async () => {
    await prepareScreen("fr");
    await saveFollowUpEvent({
      id: "a",
      kind: "prolongationAttestation",
      date: addDays(today, -60),
      endsOn: addDays(today, 13),
    });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    const list = await screen.findByRole("region", { name: "Après le dépôt" });
    await within(list).findByText(
      "Votre demande était complète et déposée à temps ? Alors la préfecture doit vous donner cette attestation.",
    );
    expect(
      within(list).getByText("Elle vaut 3 mois au plus. La préfecture la renouvelle jusqu'à sa décision."),
    ).toBeTruthy();
    expect(
      within(list).getByRole("link", { name: "Écrire la lettre pour l'attestation" }).getAttribute("href"),
    ).toBe("/letters/prolongationAttestation");
    expect(within(list).getByRole("link", { name: R431_15_1 }).getAttribute("href")).toBe(R431_15_1);
  });

  it("keeps the short warning for a récépissé, which is not an attestation de prolongation", async () => {
    await prepareScreen("fr");
    await saveFollowUpEvent({
      id: "r",
      kind: "recepisse",
      date: addDays(today, -60),
      endsOn: addDays(today, 13),
    });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    await screen.findByText(/Il se termine bientôt/);
    expect(screen.queryByRole("link", { name: "Écrire la lettre pour l'attestation" })).toBeNull();
  });

  it("gives the late fee and the lost attestation their two sources", async () => {
    await prepareScreen("fr");
    await saveCurrentPermit({ kind: "titre", expiresOn: addDays(today, 30), channel: "anef" });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    await screen.findByText(/Une demande en retard coûte 180 €/);
    expect(screen.getByText(/vous n'aurez pas d'attestation de prolongation d'instruction/)).toBeTruthy();
    for (const source of [VAUCLUSE, MANDY]) {
      expect(screen.getByRole("link", { name: source }).getAttribute("href")).toBe(source);
    }
  });

  it("names the other deadline cases of R.431-5 with their source, without computing them", async () => {
    await prepareScreen("fr");
    await saveCurrentPermit({ kind: "titre", expiresOn: addDays(today, 200), channel: "prefecture" });
    await renderScreen(<FollowUp />, "fr", "/followup", { keepDatabase: true });
    const cases = await screen.findByRole("region", { name: "Autres cas" });
    expect(
      within(cases).getByText(
        "Jeunes : au plus tard la veille de vos 19 ans. Ou dans les 2 mois après vos 18 ans.",
      ),
    ).toBeTruthy();
    expect(within(cases).getByText("Perte de la nationalité française : dans les 2 mois.")).toBeTruthy();
    expect(
      within(cases).getByText(
        "Résident de longue durée UE, statut donné par la France : vous n'avez pas ce délai.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: R431_5 }).getAttribute("href")).toBe(R431_5);
    // No late-fee sources before the window closes.
    expect(screen.queryByRole("link", { name: VAUCLUSE })).toBeNull();
  });
});
