export { changePin } from "./changePin";
export { createProfile, type NewProfile } from "./createProfile";
export { countProfileData, deleteEverything, deleteProfile } from "./deleteProfile";
export { endDeskSession, lockNow, startDeskSession, wipeLeftoverDeskSessions } from "./deskSession";
export {
  getProfileLanguage,
  isValidPin,
  listProfiles,
  type ProfileSummary,
  setProfileLanguage,
  TooSoonError,
  type UnlockMethod,
  unlockProfile,
} from "./profiles";
export { FREE_ATTEMPTS, retryDelayMs } from "./retryDelay";
export { type OpenSession, unlockedProfile } from "./session";
