export { countProfileData, deleteEverything, deleteProfile } from "./deleteProfile";
export { endDeskSession, lockNow, startDeskSession, wipeLeftoverDeskSessions } from "./deskSession";
export {
  changePin,
  createProfile,
  getProfileLanguage,
  isValidPin,
  listProfiles,
  type NewProfile,
  type ProfileSummary,
  setProfileLanguage,
  TooSoonError,
  type UnlockMethod,
  unlockProfile,
} from "./profiles";
export { FREE_ATTEMPTS, retryDelayMs } from "./retryDelay";
export { type OpenSession, unlockedProfile } from "./session";
