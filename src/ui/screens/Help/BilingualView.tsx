import { useEffect, useState } from "preact/hooks";
import { LANGUAGE_NAMES, LANGUAGES, useT } from "@/i18n";
import { unlockedProfile } from "@/storage";
import { forgetScreenBeforeHelp, screenBeforeHelp } from "@/ui/components";
import { keysOfText, loadAllTexts, textIn } from "@/ui/hooks/listenTexts";
import { useObservable } from "@/ui/hooks/useObservable";
import { Icon } from "@/ui/icons";

/** One text of the screen before, in the person's language and in French. */
interface Row {
  key: string;
  mine: string;
  french: string;
}

/**
 * The screen the person came from, its texts side by side in their language and in French, for reading
 * with a social worker (issue #8 item 6; UX.md §1.2 "Help and assisted use"). Only the app's own texts
 * are shown (found by key), never values filled in such as dates; and nothing once Papiers locks.
 */
export function BilingualView({ back }: { back: string }) {
  const { t, language } = useT();
  const profile = useObservable(unlockedProfile);
  const [profileAtOpen] = useState(profile?.id);
  const [rows, setRows] = useState<Row[] | null>(null);
  const locked = profile?.id !== profileAtOpen;
  useEffect(() => {
    if (locked) forgetScreenBeforeHelp();
  }, [locked]);
  useEffect(() => {
    let alive = true;
    void loadAllTexts(language).then(() => {
      const seen = new Set<string>();
      const found: Row[] = [];
      for (const { tag, text } of screenBeforeHelp(back)) {
        const key = tag?.includes(":") ? tag : keysOfText(language, text)[0];
        const french = key === undefined ? undefined : textIn("fr", key);
        if (key === undefined || french === undefined || seen.has(key)) continue;
        seen.add(key);
        found.push({ key, mine: textIn(language, key) ?? text, french });
      }
      if (alive) setRows(found);
    });
    return () => {
      alive = false;
    };
  }, [back, language]);

  if (locked || !rows || rows.length === 0) return null;
  const mine = LANGUAGES.find((candidate) => candidate.code === language);
  const french = LANGUAGES.find((candidate) => candidate.code === "fr");
  return (
    <section class="stack" aria-labelledby="bilingual-title">
      <h2 id="bilingual-title">
        <Icon name="columns-2" /> {t("audio:bilingual.title")}
      </h2>
      <p data-listen>{t("audio:bilingual.intro")}</p>
      {language === "fr" || !mine || !french ? (
        <p>{t("audio:bilingual.sameLanguage")}</p>
      ) : (
        <ul class="bilingual">
          <li class="bilingual__row">
            <strong lang={mine.code} dir={mine.dir}>
              {LANGUAGE_NAMES[mine.code].endonym}
            </strong>
            <strong lang="fr" dir="ltr">
              {LANGUAGE_NAMES[french.code].endonym}
            </strong>
          </li>
          {rows.map((row) => (
            <li key={row.key} class="bilingual__row">
              <p lang={mine.code} dir={mine.dir}>
                {row.mine}
              </p>
              <p lang="fr" dir="ltr">
                {row.french}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
