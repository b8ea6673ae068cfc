export { activeProfileId, LOCAL_PROFILE_ID } from "./activeProfile";
export { onStorageChange, type StorageChange } from "./changes";
export {
  codecFor,
  forgetCodecFor,
  identityCodec,
  type PayloadCodec,
  type PayloadContext,
  type StoredPayload,
  useCodecFor,
} from "./codec";
export {
  AES_GCM_CODEC,
  aesGcmCodec,
  PIN_KDF_ITERATIONS,
  WrongSecretError,
} from "./crypto";
export {
  closeDatabase,
  type DatabaseStatus,
  DB_NAME,
  DB_VERSION,
  databaseStatus,
  openDatabase,
} from "./database";
export {
  DOCUMENT_DATES_KIND,
  loadAnswers,
  loadDocumentDates,
  loadDocumentStatuses,
  saveAnswers,
  saveDocumentDates,
  saveDocumentStatus,
} from "./dossier";
export { type Draft, defineDraft } from "./drafts";
export { CorruptRecordError, LockedError, StorageFullError } from "./errors";
export { deleteFile, getFile, putFile, type StoredFile } from "./files";
export {
  type AttemptDraft,
  attemptDraft,
  deleteAttempt,
  deleteFollowUpEvent,
  FOLLOW_UP_KINDS,
  followUpEventDraft,
  getCurrentPermit,
  listAttempts,
  listFollowUpEvents,
  permitDraft,
  saveAttempt,
  saveCurrentPermit,
  saveFollowUpEvent,
} from "./followUp";
export { getIdentity, IDENTITY_KIND, saveIdentity } from "./identity";
export {
  addPage,
  deletePage,
  listPages,
  type PageBytes,
  type PageRecord,
  readPageBytes,
  readPageThumbnail,
  updatePage,
} from "./pages";
export { writesSettled } from "./pendingWrites";
export { ALMOST_FULL_RATIO, requestPersistence, type StorageRoom, storageRoom } from "./persistence";
export {
  changePin,
  countProfileData,
  createProfile,
  deleteEverything,
  deleteProfile,
  endDeskSession,
  FREE_ATTEMPTS,
  getProfileLanguage,
  isValidPin,
  listProfiles,
  lockNow,
  type NewProfile,
  type OpenSession,
  type ProfileSummary,
  retryDelayMs,
  setProfileLanguage,
  startDeskSession,
  TooSoonError,
  type UnlockMethod,
  unlockedProfile,
  unlockProfile,
  wipeLeftoverDeskSessions,
} from "./profiles";
export {
  defineRecordType,
  deleteRecord,
  getRecord,
  listRecords,
  putRecord,
  type RecordType,
  recordKey,
} from "./records";
export { getSetting, putSetting, type SettingName } from "./settings";
export type { BackupProblem, OpenedBackup } from "./transfer";

/** The export and import code (zip, word list), loaded only by the screens that use it. */
export const loadTransfer = () => import("./transfer");

/** Recorded prompts (audio packs), loaded only when something is listened to or recorded. */
export const loadAudioClips = () => import("./audio");
export type { AudioClip, OpenedPack, PackProblem, PlayableClip } from "./audio";
