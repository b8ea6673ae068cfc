import * as z from "zod/mini";
import { emitChange } from "./changes";
import { openDatabase } from "./database";
import { CorruptRecordError, isQuotaError, StorageFullError } from "./errors";

/** Device-wide settings, readable before any profile is unlocked; nothing personal belongs here. */
const settingSchemas = {
  /** The interface language chosen on this device (the start screen speaks it). */
  language: z.string(),
};

export type SettingName = keyof typeof settingSchemas;
export type SettingValue<N extends SettingName> = z.infer<(typeof settingSchemas)[N]>;

/** Reads a device setting, parsed; undefined when never set. */
export async function getSetting<N extends SettingName>(name: N): Promise<SettingValue<N> | undefined> {
  const db = await openDatabase();
  const row = await db.get("settings", name);
  if (!row) return undefined;
  const parsed = settingSchemas[name].safeParse(row.value);
  if (!parsed.success) throw new CorruptRecordError(`settings:${name}`, { cause: parsed.error });
  return parsed.data;
}

/** Writes a device setting and tells every open tab. */
export async function putSetting<N extends SettingName>(name: N, value: SettingValue<N>): Promise<void> {
  const checked = settingSchemas[name].parse(value);
  const db = await openDatabase();
  try {
    await db.put("settings", { key: name, value: checked, updatedAt: Date.now() });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
  emitChange({ store: "settings", key: name });
}
