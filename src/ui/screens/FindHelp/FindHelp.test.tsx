// @vitest-environment happy-dom
import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../../../tests/renderScreen";
import { FindHelp } from "./FindHelp";

/** The card of one helper, found by its heading. */
function card(name: string): HTMLElement {
  const item = screen.getByRole("heading", { name }).closest("li");
  if (!item) throw new Error(`no card for ${name}`);
  return item;
}

describe("FindHelp", () => {
  it("lists each helper by name, with a pictogram and what it does", async () => {
    await renderScreen(<FindHelp />, "fr", "/find-help");
    const names = [
      "Centre de contact citoyen",
      "Point d'accueil numérique",
      "Défenseur des droits",
      "La Cimade",
      "Gisti",
      "Aide juridictionnelle",
    ];
    expect((await screen.findAllByRole("heading", { level: 2 })).map((h) => h.textContent)).toEqual(names);
    for (const name of names) expect(card(name).querySelector("svg")).toBeTruthy();
    expect(
      within(card("Point d'accueil numérique")).getByText(/On ne vérifie pas votre dossier/),
    ).toBeTruthy();
  });

  it("calls the Centre de contact citoyen for free and opens the associations' sites", async () => {
    await renderScreen(<FindHelp />, "fr", "/find-help");
    await screen.findByRole("heading", { name: "Centre de contact citoyen" });
    const ccc = card("Centre de contact citoyen");
    expect(within(ccc).getByRole("link", { name: "0 806 001 620" }).getAttribute("href")).toBe(
      "tel:0806001620",
    );
    expect(within(ccc).getByText(/L'appel est gratuit/)).toBeTruthy();
    expect(within(card("La Cimade")).getByRole("link", { name: "lacimade.org" }).getAttribute("href")).toBe(
      "https://lacimade.org",
    );
    expect(within(card("Gisti")).getByRole("link", { name: "gisti.org" }).getAttribute("href")).toBe(
      "https://gisti.org",
    );
    // Only details DOMAIN.md sources: no phone or site for the others.
    for (const name of ["Point d'accueil numérique", "Défenseur des droits", "Aide juridictionnelle"]) {
      expect(within(card(name)).queryByRole("link", { name: /^(0 |[a-z]+\.org$)/ })).toBeNull();
    }
  });

  it("shows each source as its full address", async () => {
    await renderScreen(<FindHelp />, "fr", "/find-help");
    await screen.findByRole("heading", { name: "La Cimade" });
    const sources: Record<string, string[]> = {
      "Centre de contact citoyen": [
        "https://www.moselle.gouv.fr/layout/set/print/Demarches-administratives/Demarches-de-l-etranger-en-France/Titre-de-sejour-et-documents-de-voyage/Autres-demarches/Duplicata-de-titre-de-sejour-perte-vol-ou-destruction",
      ],
      "Point d'accueil numérique": [
        "https://www.api94.org/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te/",
      ],
      "Défenseur des droits": [
        "https://banquedesterritoires.fr/la-defenseure-des-droits-denonce-une-degradation-silencieuse-de-lacces-aux-droits",
        "https://www.vie-publique.fr/rapport/297548-ladministration-numerique-pour-les-etrangers-en-france-anef",
      ],
      "La Cimade": [
        "https://lacimade.org/ladministration-numerique-pour-les-etrangers-en-france-etrillee-par-le-defenseur-des-droits",
      ],
      Gisti: ["http://gisti.org/pratique/modeles/index.html"],
      "Aide juridictionnelle": [
        "https://alexia.fr/fiche/11517/blocage-au-niveau-du-site-anef-lors-du-renouvellement-de-mon-titre-de-sejour-que-faire.htm",
      ],
    };
    for (const [name, addresses] of Object.entries(sources)) {
      for (const address of addresses) {
        expect(within(card(name)).getByRole("link", { name: address }).getAttribute("href")).toBe(address);
      }
    }
  });
});
