import i18next, { type TFunction } from "i18next";
import { type Translation, useT } from "@/i18n";

/** What these screens write with: `useT`, plus this feature's own `privacy:` keys, typed. */
export interface PrivacyTranslation extends Omit<Translation, "t"> {
  t: TFunction<["common", "privacy", "person"]>;
}

/**
 * useT for the shared-phone screens: `privacy.json` holds the start screen's words (loaded on every
 * start), `person.json` those of the other screens.
 */
export function usePrivacyT(): PrivacyTranslation {
  const base = useT();
  return { ...base, t: i18next.getFixedT(null, ["common", "privacy", "person"]) };
}
