import { catalogue } from "@/catalogue";
import { procedureIcon } from "@/domain";
import { useT } from "@/i18n";
import { lookup, Screen } from "@/ui/components";
import { DossierIcon, isDossierIconName } from "@/ui/pictograms";

/** For drop-in desks: every procedure by picture and name, each leading to its blank list to print. */
export function DeskProcedures() {
  const { t } = useT();
  return (
    <Screen title={t("summary:desk.title")} back="/help" here="/desk/checklist">
      <p data-listen>{t("summary:desk.intro")}</p>
      <ul class="desk-procedures" aria-label={t("summary:desk.procedures")}>
        {catalogue.procedures.map((procedure) => {
          const icon = procedureIcon(procedure);
          return (
            <li key={procedure.id}>
              <a class="desk-procedure" href={`/desk/checklist/${procedure.id}`}>
                <DossierIcon name={isDossierIconName(icon) ? icon : "help-circle"} />
                <span>
                  <span class="desk-procedure__title">
                    {lookup(t, "catalogue", `procedures.${procedure.id}.title`)}
                  </span>
                  <span class="official" lang="fr">
                    {procedure.frenchTitle}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
