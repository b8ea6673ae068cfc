import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import {
  directionOf,
  LANGUAGE_NAMES,
  LANGUAGES,
  type LanguageCode,
  loadLanguage,
  translatorFor,
  useT,
} from "@/i18n";
import { bilingual, buildBlankChecklist } from "@/print";
import { BigButton, lookup, Screen } from "@/ui/components";
import { Icon } from "@/ui/icons";
import { BlankSheet } from "./BlankSheet";
import { SheetLanguageContext } from "./Both";

/** The texts a blank sheet needs in its second language. */
const SHEET_NAMESPACES = ["summary", "dossier", "catalogue"] as const;

/**
 * One procedure's blank checklist, in French beside a language the helper picks (the app's language
 * first), with no one's data: nothing is read from storage or saved.
 */
export function DeskChecklist() {
  const { t, language } = useT();
  const id = useRoute().params.procedure ?? "";
  const [second, setSecond] = useState<LanguageCode>(language);
  const [ready, setReady] = useState<LanguageCode | undefined>(language);
  useEffect(() => {
    let current = true;
    loadLanguage(second, SHEET_NAMESPACES).then(
      () => current && setReady(second),
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [second]);
  const here = `/desk/checklist/${id}`;
  const shown = ready ?? "fr";
  const w = bilingual(translatorFor("fr"), shown === "fr" ? undefined : translatorFor(shown));
  const sheet = buildBlankChecklist(id, w);
  if (!sheet) {
    return (
      <Screen title={t("summary:desk.title")} back="/desk/checklist" here={here}>
        <p data-listen>{t("summary:desk.unknown")}</p>
        <BigButton href="/desk/checklist" icon="list-check">
          {t("summary:desk.back")}
        </BigButton>
      </Screen>
    );
  }
  return (
    <Screen title={lookup(t, "catalogue", `procedures.${id}.title`)} back="/desk/checklist" here={here}>
      <div class="no-print stack">
        <fieldset class="language-picker">
          <legend>
            <Icon name="language" /> {t("summary:desk.language")}
          </legend>
          {LANGUAGES.map((option) => (
            <button
              key={option.code}
              type="button"
              class="language-picker__choice"
              aria-pressed={second === option.code}
              lang={option.code}
              dir={option.dir}
              onClick={() => setSecond(option.code)}
            >
              {LANGUAGE_NAMES[option.code].endonym}
            </button>
          ))}
        </fieldset>
        <BigButton icon="printer" variant="primary" onClick={() => window.print()}>
          {t("summary:desk.print")}
        </BigButton>
      </div>
      <SheetLanguageContext.Provider value={{ lang: shown, dir: directionOf(shown) }}>
        <BlankSheet sheet={sheet} w={w} />
      </SheetLanguageContext.Provider>
    </Screen>
  );
}
