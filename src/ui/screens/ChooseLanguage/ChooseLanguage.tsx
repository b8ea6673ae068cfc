import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { changeLanguage, LANGUAGE_NAMES, LANGUAGES, type LanguageCode, useT } from "@/i18n";
import { safeInternalPath } from "@/lib/safeInternalPath";
import { putSetting, setProfileLanguage, unlockedProfile } from "@/storage";
import { Screen } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** Every language by its own name, in its own script, with its French name; no flags (UX.md §3.1). */
export function ChooseLanguage() {
  const { t, language } = useT();
  const { query, route } = useLocation();
  const back = safeInternalPath(query.back) ?? "/";
  const [saveFailed, setSaveFailed] = useState(false);

  const choose = async (code: LanguageCode) => {
    await changeLanguage(code);
    try {
      await putSetting("language", code);
      // The person's own language is saved before leaving: a reload or a lock right after keeps it.
      const session = unlockedProfile.get();
      if (session) await setProfileLanguage(session.id, code);
    } catch {
      // The language still changes for now; the person is told it will not be remembered.
      setSaveFailed(true);
      return;
    }
    route(back, true);
  };

  return (
    <Screen title={t("language.title")} back={back} here="/language">
      {saveFailed && (
        <div class="banner" data-tone="warn" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("language.notSaved")}</p>
        </div>
      )}
      <ul class="choice-list">
        {LANGUAGES.map((option) => (
          <li key={option.code}>
            <button
              type="button"
              class="language-choice"
              aria-pressed={option.code === language}
              onClick={() => void choose(option.code)}
            >
              <span class="language-choice__endonym" lang={option.code} dir={option.dir}>
                {LANGUAGE_NAMES[option.code].endonym}
              </span>
              <span class="language-choice__french" lang="fr">
                {LANGUAGE_NAMES[option.code].frenchName}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
