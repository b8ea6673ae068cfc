// @vitest-environment happy-dom
import { configure, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../../tests/renderScreen";
import { Journal } from "./Journal";

// The machine is shared and slow at times: give storage reads time before a query gives up.
configure({ asyncUtilTimeout: 5000 });

describe("Journal: what the law asks", () => {
  it("says paper filing waits for the préfecture's invitation and the CCC need not send to a PAN", async () => {
    await renderScreen(<Journal />, "fr", "/journal");
    const law = await screen.findByRole("region", { name: "Ce que la loi demande" });
    // The steps, not the lists of sources inside them.
    const steps = [...law.querySelectorAll(":scope > ol > li")];
    expect(steps.map((step) => step.querySelector("[data-listen]")?.textContent)).toEqual([
      "Essayez d'abord de déposer la demande sur internet (ANEF).",
      "Si ça ne marche pas, appelez le Centre de contact citoyen. Notez la date et le numéro de ticket.",
      "Allez aussi au point d'accueil numérique de la préfecture. Notez la date et le lieu.",
      "Le Centre de contact citoyen n'est pas obligé de vous envoyer au point d'accueil numérique.",
      "En principe, la préfecture accepte le dossier papier seulement si elle vous invite. Elle vous invite après avoir constaté que le site ne peut pas être utilisé.",
      "Si rien ne marche, écrivez à la préfecture. Demandez un rendez-vous pour déposer sur papier.",
      "Envoyez la lettre en recommandé avec accusé de réception. Gardez le reçu.",
      "Sans réponse, une association ou un avocat peut demander au juge d'agir vite. C'est un référé.",
      "Si vous avez peu d'argent, l'aide juridictionnelle peut payer l'avocat.",
    ]);
  });

  it("gives each point its DOMAIN.md sources as full addresses, the référé and legal aid included", async () => {
    await renderScreen(<Journal />, "fr", "/journal");
    const law = await screen.findByRole("region", { name: "Ce que la loi demande" });
    const [, , , , invited, , , , legalAid] = [...law.querySelectorAll(":scope > ol > li")];
    // The arrêté of 1 August 2023 (DOMAIN.md §5.4), after the two points it backs.
    for (const source of [
      "https://federationsolidarite.org/actualites/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te",
      "https://vincenttchen.typepad.fr/droit_des_etrangers/2023/10/modalit%C3%A9s-de-solution-de-substitution-au-t%C3%A9l%C3%A9service.html?no_prefetch=1",
    ]) {
      expect(
        within(invited as HTMLElement)
          .getByRole("link", { name: source })
          .getAttribute("href"),
      ).toBe(source);
    }
    // The référé "mesures utiles" and legal aid (DOMAIN.md §6.1).
    for (const source of [
      "https://alexia.fr/fiche/11517/blocage-au-niveau-du-site-anef-lors-du-renouvellement-de-mon-titre-de-sejour-que-faire.htm",
      "https://pdfslide.fr/documents/se-servir-dun-refere-devant-la-juridiction-administrative.html",
    ]) {
      expect(within(legalAid as HTMLElement).getByRole("link", { name: source })).toBeTruthy();
    }
    // R.431-2 after the first step, then with the support channels' source after the CCC and PAN steps.
    expect(within(law).getAllByRole("link", { name: /^https:\/\/justice\.pappers\.fr\// })).toHaveLength(2);
  });
});
