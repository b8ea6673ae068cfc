import { useLocation } from "preact-iso";
import { useT } from "@/i18n";
import { safeInternalPath } from "@/lib/safeInternalPath";
import { BigButton, Screen } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { BilingualView } from "./BilingualView";

/** Centre de contact citoyen, free call (DOMAIN.md §5.4, moselle.gouv.fr). */
const CCC_PHONE = "0 806 001 620";

/** What Papiers is and who can help, in plain words; reached from the same place on every screen. */
export function Help() {
  const { t } = useT();
  const { query } = useLocation();
  const back = safeInternalPath(query.back) ?? "/";
  return (
    <Screen title={t("help.title")} back={back} here="/help">
      <BilingualView back={back} />
      <section class="stack" aria-labelledby="help-what">
        <h2 id="help-what">{t("help.what.title")}</h2>
        <p data-listen>{t("help.what.prepare")}</p>
        <p data-listen>{t("help.what.notFiling")}</p>
        <p data-listen>{t("help.what.private")}</p>
      </section>
      <section class="stack" aria-labelledby="help-who">
        <h2 id="help-who">{t("help.who.title")}</h2>
        <div class="help-contact">
          <Icon name="phone" />
          <div>
            <p data-listen>{t("help.who.ccc")}</p>
            <a class="big-button" href={`tel:${CCC_PHONE.replaceAll(" ", "")}`}>
              <Icon name="phone" />
              <bdi dir="ltr">{CCC_PHONE}</bdi>
            </a>
            <p class="source">{t("help.who.cccNote")}</p>
          </div>
        </div>
        <div class="help-contact">
          <Icon name="building-bank" />
          <p data-listen>{t("help.who.pan")}</p>
        </div>
        <div class="help-contact">
          <Icon name="users" />
          <p data-listen>{t("help.who.associations")}</p>
        </div>
        <div class="help-contact">
          <Icon name="user" />
          <p data-listen>{t("help.who.showScreen")}</p>
        </div>
      </section>
      <section class="stack" aria-labelledby="help-desk">
        <h2 id="help-desk">{t("summary:desk.section")}</h2>
        <p data-listen>{t("summary:desk.explain")}</p>
        <BigButton icon="printer" href="/desk/checklist">
          {t("summary:desk.link")}
        </BigButton>
      </section>
      <BigButton icon="lifebuoy" href="/find-help">
        {t("help.findHelpLink")}
      </BigButton>
      <BigButton icon="info-circle" href="/about">
        {t("help.aboutLink")}
      </BigButton>
    </Screen>
  );
}
