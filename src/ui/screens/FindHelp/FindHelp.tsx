import { useT } from "@/i18n";
import { Screen } from "@/ui/components";
import { Icon, type IconName } from "@/ui/icons";

/** Who can help, with only the contact details DOMAIN.md sources; each entry shows its source. */
const HELPERS: ReadonlyArray<{
  id: "ccc" | "pan" | "ddd" | "cimade" | "gisti" | "legalAid";
  icon: IconName;
  contact?: string;
  source: string;
}> = [
  // 0 806 001 620, free call (DOMAIN.md §5.4); opening hours differ between sources, so none are shown.
  { id: "ccc", icon: "headset", contact: "0 806 001 620", source: "moselle.gouv.fr" },
  { id: "pan", icon: "building-bank", source: "api94.org" },
  { id: "ddd", icon: "scale", source: "vie-publique.fr" },
  { id: "cimade", icon: "users", contact: "lacimade.org", source: "lacimade.org" },
  { id: "gisti", icon: "book", contact: "gisti.org", source: "gisti.org" },
  { id: "legalAid", icon: "shield", source: "alexia.fr" },
];

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
              {helper.id === "ccc" && helper.contact && (
                <a class="big-button" href={`tel:${helper.contact.replaceAll(" ", "")}`}>
                  <Icon name="phone" />
                  <bdi dir="ltr">{helper.contact}</bdi>
                </a>
              )}
              {helper.id !== "ccc" && helper.contact && (
                <p>
                  <Icon name="world-www" /> <bdi dir="ltr">{helper.contact}</bdi>
                </p>
              )}
              <p class="source">
                {t("followup:help.source")} : <bdi dir="ltr">{helper.source}</bdi>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
