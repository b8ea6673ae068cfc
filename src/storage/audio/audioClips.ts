import * as z from "zod/mini";
import { emitChange } from "../changes";
import type { AudioClipRow } from "../database";
import { isQuotaError } from "../errors";
// Through the module's entry, like the code that loads this file: the bundle then keeps storage in one piece.
import { CorruptRecordError, openDatabase, StorageFullError } from "../index";
import { matching } from "./matching";

/**
 * Recorded prompts, from the studio or an imported audio pack. They are not a person's data: stored as
 * plain bytes (never through a person's codec) and kept when a person is deleted.
 */
const clipSchema = z.object({
  id: z.string(),
  language: matching(/^.{2,}$/),
  key: matching(/^.{3,}$/),
  textHash: matching(/^[0-9a-f]{64}$/),
  mimeType: matching(/^audio\//),
  bytes: z.custom<ArrayBuffer>((value) => value instanceof ArrayBuffer),
  recordedAt: z.number(),
});

/** One recorded prompt as the app reads it. */
export type AudioClip = z.infer<typeof clipSchema>;

/** The store's id of a clip: `<language>/<namespace>:<key>`, as in shipped files (UX.md §2.3). */
export function clipId(language: string, key: string): string {
  return `${language}/${key}`;
}

function parse(row: AudioClipRow): AudioClip {
  const parsed = clipSchema.safeParse(row);
  if (!parsed.success || parsed.data.id !== clipId(parsed.data.language, parsed.data.key))
    throw new CorruptRecordError(`audioClips:${row.id}`, { cause: parsed.error });
  return parsed.data;
}

/** The clip of one key in one language, or undefined. */
export async function getAudioClip(language: string, key: string): Promise<AudioClip | undefined> {
  const db = await openDatabase();
  const row = await db.get("audioClips", clipId(language, key));
  return row ? parse(row) : undefined;
}

/** Every clip of a language (the studio's progress, and the pack it exports). */
export async function listAudioClips(language: string): Promise<AudioClip[]> {
  const db = await openDatabase();
  const rows = await db.getAllFromIndex("audioClips", "byLanguage", language);
  return rows.map(parse);
}

/** How many clips each language has, for the pack import summary. */
export async function countAudioClips(language: string): Promise<number> {
  const db = await openDatabase();
  return db.countFromIndex("audioClips", "byLanguage", language);
}

/**
 * Writes clips in one transaction (a pack installs whole or not at all). With `replaceLanguage`, the
 * language's other clips are removed first, in the same transaction.
 */
export async function putAudioClips(
  clips: readonly Omit<AudioClip, "id">[],
  options: { replaceLanguage?: string } = {},
): Promise<void> {
  const rows = clips.map((clip) => clipSchema.parse({ ...clip, id: clipId(clip.language, clip.key) }));
  const db = await openDatabase();
  const tx = db.transaction("audioClips", "readwrite");
  try {
    const language = options.replaceLanguage;
    const removals =
      language === undefined
        ? []
        : [
            tx.store
              .index("byLanguage")
              .openCursor(language)
              .then(async function next(cursor): Promise<void> {
                if (!cursor) return;
                await cursor.delete();
                return next(await cursor.continue());
              }),
          ];
    await Promise.all(removals);
    await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
  const language = options.replaceLanguage ?? rows[0]?.language;
  emitChange(language === undefined ? { store: "audioClips" } : { store: "audioClips", key: language });
}

/** Removes one clip (the studio's "record again" keeps the old one until the new one is saved). */
export async function deleteAudioClip(language: string, key: string): Promise<void> {
  const db = await openDatabase();
  await db.delete("audioClips", clipId(language, key));
  emitChange({ store: "audioClips", key: language });
}
