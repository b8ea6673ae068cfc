import { CCC_PHONE } from "@/domain";
import { useT } from "@/i18n";
import { Screen, SourceAddresses } from "@/ui/components";
import { Icon, type IconName } from "@/ui/icons";

/** One helper: what it is called, how to reach it (only details DOMAIN.md sources), and those sources. */
interface Helper {
  id: "ccc" | "pan" | "ddd" | "cimade" | "gisti" | "legalAid";
  icon: IconName;
  /** A phone number to call, as written in the source. */
  phone?: string;
  /** A website, as a full address. */
  website?: string;
  sources: readonly string[];
}

const HELPERS: readonly Helper[] = [
  // A free call (DOMAIN.md §5.4); opening hours differ between sources, so none are shown.
  { id: "ccc", icon: "headset", phone: CCC_PHONE.number, sources: [CCC_PHONE.source] },
  // What a PAN does and does not do (DOMAIN.md §5.4).
  {
    id: "pan",
    icon: "building-bank",
    sources: [
      "https://www.api94.org/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te/",
    ],
  },
  // It receives complaints about public services (annual report 2024), and reported on ANEF in
  // December 2024 (DOMAIN.md §6.2).
  {
    id: "ddd",
    icon: "scale",
    sources: [
      "https://banquedesterritoires.fr/la-defenseure-des-droits-denonce-une-degradation-silencieuse-de-lacces-aux-droits",
      "https://www.vie-publique.fr/rapport/297548-ladministration-numerique-pour-les-etrangers-en-france-anef",
    ],
  },
  // The association's own page on the Défenseur des droits' ANEF report (UX.md §0 item 11) is the
  // source of its address.
  {
    id: "cimade",
    icon: "users",
    website: "https://lacimade.org",
    sources: [
      "https://lacimade.org/ladministration-numerique-pour-les-etrangers-en-france-etrillee-par-le-defenseur-des-droits",
    ],
  },
  // Gisti's model letters (DOMAIN.md §6.3).
  {
    id: "gisti",
    icon: "book",
    website: "https://gisti.org",
    sources: ["http://gisti.org/pratique/modeles/index.html"],
  },
  // Legal aid can be requested for a référé (DOMAIN.md §6.1).
  {
    id: "legalAid",
    icon: "shield",
    sources: [
      "https://alexia.fr/fiche/11517/blocage-au-niveau-du-site-anef-lors-du-renouvellement-de-mon-titre-de-sejour-que-faire.htm",
    ],
  },
];

/** A website shown as its name, without the scheme a person need not type. */
const siteName = (address: string) => address.replace(/^https?:\/\//, "");

/** Services and associations that help, with what each does; reachable offline, printed-friendly. */
export function FindHelp() {
  const { t } = useT();
  return (
    <Screen title={t("followup:help.title")} back="/followup" here="/find-help">
      <p data-listen>{t("followup:help.intro")}</p>
      <ul class="plain-list">
        {HELPERS.map((helper) => (
          <li key={helper.id} class="card help-contact">
            <Icon name={helper.icon} />
            <div>
              <h2 lang="fr">{t(`followup:help.${helper.id}.name`)}</h2>
              <p data-listen>{t(`followup:help.${helper.id}.what`)}</p>
              {helper.phone && (
                <a class="big-button" href={`tel:${helper.phone.replaceAll(" ", "")}`}>
                  <Icon name="phone" />
                  <bdi dir="ltr">{helper.phone}</bdi>
                </a>
              )}
              {helper.website && (
                <a class="big-button" href={helper.website} target="_blank" rel="noopener noreferrer">
                  <Icon name="world-www" />
                  <bdi dir="ltr">{siteName(helper.website)}</bdi>
                </a>
              )}
              <SourceAddresses
                label={t(helper.sources.length > 1 ? "followup:sources" : "followup:help.source")}
                sources={helper.sources}
              />
            </div>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
