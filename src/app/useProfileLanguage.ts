import { useEffect } from "preact/hooks";
import { changeLanguage, currentLanguage, isLanguageCode } from "@/i18n";
import { getProfileLanguage, getSetting, unlockedProfile } from "@/storage";

/**
 * Each person keeps their own language: it is restored when they unlock (the language screen remembers
 * it, encrypted, when they change it); the device's language returns when Papiers locks.
 */
export function useProfileLanguage(): void {
  useEffect(() => {
    const report = (error: unknown) => console.error(error);
    const stopSession = unlockedProfile.subscribe((session) => {
      const read = session ? getProfileLanguage(session.id) : getSetting("language");
      read
        .then((language) =>
          isLanguageCode(language) && language !== currentLanguage() ? changeLanguage(language) : undefined,
        )
        .catch(report);
    });
    return stopSession;
  }, []);
}
