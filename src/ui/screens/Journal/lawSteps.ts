/**
 * The steps the texts expect before the substitution solution, and what associations advise when
 * nothing works, each with the sources DOMAIN.md gives for it. Consecutive steps share one array when
 * one source backs them all, so the screen shows it once, after the last of them.
 */

// R.431-2 CESEDA (décret 2023-191): support first, then the substitution solution (DOMAIN.md §5.4).
const R431_2 = "https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014";
// The CCC and the points d'accueil numérique as the support channels (DOMAIN.md §5.4).
const API94 =
  "https://www.api94.org/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te/";
// Arrêté of 1 August 2023: paper filing once the préfecture invites to it; orientation from the CCC to a
// PAN is no obligation on the State (DOMAIN.md §5.4).
const ARRETE_2023 = [
  "https://federationsolidarite.org/actualites/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te",
  "https://vincenttchen.typepad.fr/droit_des_etrangers/2023/10/modalit%C3%A9s-de-solution-de-substitution-au-t%C3%A9l%C3%A9service.html?no_prefetch=1",
];
// The letter to the préfecture, sent registered with acknowledgement of receipt (DOMAIN.md §6.3).
const LETTER = [
  "http://doczz.fr/doc/836735/sur-les-d%C3%A9marches-aupr%C3%A8s-de-la-pr%C3%A9fecture",
  "http://www.gisti.org/spip.php?article6229",
];
// Référé "mesures utiles" (CJA L.521-3) and legal aid: one row of DOMAIN.md §6.1, with its sources.
const REFERE = [
  "https://alexia.fr/fiche/11517/blocage-au-niveau-du-site-anef-lors-du-renouvellement-de-mon-titre-de-sejour-que-faire.htm",
  "https://www.alwihdainfo.com/Dysfonctionnement-de-l-ANEF-Le-Juge-condamne-le-prefet-des-Hauts-de-Seine-de-fixer-un-rendez-vous-en-vue-du-depot-d-une_a142941.html",
  "https://consultation.avocat.fr/barreau-grasse/blog/merve-erol/article-2971887-anef-la-justice-en-reponse-a-la-dematerialisation-defaillante.html",
  "https://pdfslide.fr/documents/se-servir-dun-refere-devant-la-juridiction-administrative.html",
];
const SUPPORT = [R431_2, API94];

/** The steps, by their key under followup:journal.law. */
type LawStep =
  | "anef"
  | "ccc"
  | "pan"
  | "notObliged"
  | "invited"
  | "letter"
  | "registered"
  | "judge"
  | "legalAid";

/** Each step and its sources. */
export const LAW_STEPS: ReadonlyArray<{ id: LawStep; sources: readonly string[] }> = [
  { id: "anef", sources: [R431_2] },
  { id: "ccc", sources: SUPPORT },
  { id: "pan", sources: SUPPORT },
  { id: "notObliged", sources: ARRETE_2023 },
  { id: "invited", sources: ARRETE_2023 },
  { id: "letter", sources: LETTER },
  { id: "registered", sources: LETTER },
  { id: "judge", sources: REFERE },
  { id: "legalAid", sources: REFERE },
];
