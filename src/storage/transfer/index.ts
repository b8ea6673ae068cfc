export { BACKUP_FORMAT_VERSION, BackupError, type BackupProblem } from "./backupFile";
export { generatePassphrase, normalizePassphrase, PASSPHRASE_WORD_COUNT } from "./passphrase";
export { PASSPHRASE_WORDS } from "./passphraseWords";
export {
  exportProfile,
  exportProfileBlob,
  type OpenedBackup,
  openProfileBackup,
  profileExists,
  restoreIntoDeskSession,
  restoreProfile,
} from "./profileTransfer";
