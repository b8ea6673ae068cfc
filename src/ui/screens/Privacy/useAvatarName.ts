import { isAvatarId } from "./avatars";
import type { PrivacyTranslation } from "./usePrivacyT";

/** The name shown under a picture (never a person's name). */
export function useAvatarName(t: PrivacyTranslation["t"]): (id: string) => string {
  return (id) => (isAvatarId(id) ? t(`privacy:avatar.${id}`) : t("privacy:avatar.unknown"));
}
