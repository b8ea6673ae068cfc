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
  closeDatabase,
  type DatabaseStatus,
  DB_NAME,
  DB_VERSION,
  databaseStatus,
  openDatabase,
} from "./database";
export { CorruptRecordError, LockedError, StorageFullError } from "./errors";
export { deleteFile, getFile, putFile, type StoredFile } from "./files";
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
export { ALMOST_FULL_RATIO, requestPersistence, type StorageRoom, storageRoom } from "./persistence";
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
