import { isString, type Parser, parserOf } from "@/lib/guards";
import { emitChange } from "./changes";
import { databaseMayExist, openDatabase } from "./database";
import { CorruptRecordError, isQuotaError, StorageFullError } from "./errors";

/** Device-wide settings, readable before any profile is unlocked; nothing personal belongs here. */
// Read before the first screen is drawn: checked by hand, not with zod (see lib/guards).
const settingSchemas = {
  /** The interface language chosen on this device (the start screen speaks it). */
  language: parserOf(isString, "a language code"),
} satisfies Record<string, Parser<unknown>>;

export type SettingName = keyof typeof settingSchemas;
export type SettingValue<N extends SettingName> = ReturnType<(typeof settingSchemas)[N]["parse"]>;

/** Reads a device setting, parsed; undefined when never set. */
export async function getSetting<N extends SettingName>(name: N): Promise<SettingValue<N> | undefined> {
  if (!(await databaseMayExist())) return undefined;
  const db = await openDatabase();
  const row = await db.get("settings", name);
  if (!row) return undefined;
  try {
    return settingSchemas[name].parse(row.value) as SettingValue<N>;
  } catch (error) {
    throw new CorruptRecordError(`settings:${name}`, { cause: error });
  }
}

/** Writes a device setting and tells every open tab. */
export async function putSetting<N extends SettingName>(name: N, value: SettingValue<N>): Promise<void> {
  const checked = settingSchemas[name].parse(value) as SettingValue<N>;
  const db = await openDatabase();
  try {
    await db.put("settings", { key: name, value: checked, updatedAt: Date.now() });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
  emitChange({ store: "settings", key: name });
}
