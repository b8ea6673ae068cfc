import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as z from "zod/mini";
import type { AudioClip } from "./audioClips";
import { matching } from "./matching";

/**
 * An audio pack: one zip file holding `manifest.json` (language, date, one entry per clip with the hash of
 * the text it was recorded from and of its bytes) and the clips under `clips/`. Recorded at one desk,
 * installed on other phones (issue #8, item 5). The byte hashes catch a damaged or altered file; they do
 * not prove who recorded it.
 */
export const PACK_FORMAT = "papiers-audio-pack";

/** Limits that keep a wrong file from filling the phone: 64 MB a pack, 2 MB a clip (~10 min of Opus). */
export const PACK_LIMITS = { packBytes: 64 * 1024 * 1024, clipBytes: 2 * 1024 * 1024, clips: 5000 };

const hex64 = matching(/^[0-9a-f]{64}$/);

/** One clip's entry in a manifest. */
const entrySchema = z.object({
  key: matching(/^[a-z]+:[\w.-]+$/i),
  textHash: hex64,
  mimeType: matching(/^audio\/(webm|ogg)(;\s*codecs=opus)?$/),
  // A plain relative path inside the pack: no "..", no backslash, no absolute path.
  file: matching(/^(?!.*\.\.)[\w.:-][\w.:/-]*$/),
  bytes: z.custom<number>(
    (value) => Number.isInteger(value) && Number(value) >= 1 && Number(value) <= PACK_LIMITS.clipBytes,
  ),
  sha256: hex64,
});

/** The manifest of a pack, and of shipped clips (`public/audio/<lang>/manifest.json`). */
export const audioManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  language: matching(/^[a-z]{2,3}(-[A-Z]{2})?$/),
  createdAt: matching(/^\d{4}-\d{2}-\d{2}T/),
  clips: z.array(entrySchema),
});
export type AudioManifest = z.infer<typeof audioManifestSchema>;

/** Where a clip of `key` sits: `common:home.title` → `common/home.title.webm` (no colon in file names). */
export function clipFile(key: string, mimeType: string): string {
  return `${key.replace(":", "/")}.${mimeType.startsWith("audio/ogg") ? "opus" : "webm"}`;
}

/** Builds the pack file of a language from its clips. */
export async function buildAudioPack(language: string, clips: readonly AudioClip[], now = new Date()) {
  const entries = await Promise.all(
    clips.map(async (clip) => ({
      key: clip.key,
      textHash: clip.textHash,
      mimeType: clip.mimeType,
      file: `clips/${clipFile(clip.key, clip.mimeType)}`,
      bytes: clip.bytes.byteLength,
      sha256: await bytesHash(clip.bytes),
    })),
  );
  const manifest: AudioManifest = {
    format: PACK_FORMAT,
    version: 1,
    language,
    createdAt: now.toISOString(),
    clips: entries,
  };
  const files: Record<string, Uint8Array> = { "manifest.json": strToU8(JSON.stringify(manifest, null, 1)) };
  clips.forEach((clip, index) => {
    const entry = entries[index];
    if (entry) files[entry.file] = new Uint8Array(clip.bytes);
  });
  // Opus is already compressed: store the clips as they are.
  return zipSync(files, { level: 0 });
}

/** SHA-256 (hex) of bytes. */
export async function bytesHash(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Why a pack cannot be installed; each has a message of its own. */
export type PackProblem =
  | "tooBig"
  | "notAPack"
  | "badManifest"
  | "unknownLanguage"
  | "unknownKeys"
  | "damaged"
  | "empty";

/** A checked pack, ready to install. */
export interface OpenedPack {
  manifest: AudioManifest;
  clips: Omit<AudioClip, "id">[];
  /** Total bytes of the clips, shown before installing. */
  size: number;
}

/** What the app knows, to refuse a pack for another app version or language. */
export interface PackExpectations {
  languages: readonly string[];
  keys: ReadonlySet<string>;
}

/** Opens and checks a pack file: size, zip, manifest, languages, keys, and every clip's bytes. */
export async function openAudioPack(
  file: Uint8Array,
  expected: PackExpectations,
): Promise<{ ok: true; pack: OpenedPack } | { ok: false; problem: PackProblem }> {
  if (file.byteLength > PACK_LIMITS.packBytes) return { ok: false, problem: "tooBig" };
  let files: Record<string, Uint8Array>;
  try {
    // Sizes are checked from the zip directory before anything is inflated (no zip bomb).
    let tooBig = false;
    files = unzipSync(file, {
      filter: (entry) => {
        if (entry.originalSize > PACK_LIMITS.clipBytes + 1024 * 1024) tooBig = true;
        return !tooBig;
      },
    });
    if (tooBig) return { ok: false, problem: "tooBig" };
  } catch {
    return { ok: false, problem: "notAPack" };
  }
  const manifestBytes = files["manifest.json"];
  if (!manifestBytes) return { ok: false, problem: "notAPack" };
  let parsed: ReturnType<typeof audioManifestSchema.safeParse>;
  try {
    parsed = audioManifestSchema.safeParse(JSON.parse(strFromU8(manifestBytes)));
  } catch {
    return { ok: false, problem: "badManifest" };
  }
  if (!parsed.success) return { ok: false, problem: "badManifest" };
  const manifest = parsed.data;
  if (manifest.clips.length > PACK_LIMITS.clips) return { ok: false, problem: "tooBig" };
  if (!expected.languages.includes(manifest.language)) return { ok: false, problem: "unknownLanguage" };
  if (manifest.clips.some((entry) => !expected.keys.has(entry.key)))
    return { ok: false, problem: "unknownKeys" };
  if (manifest.clips.length === 0) return { ok: false, problem: "empty" };
  const clips: OpenedPack["clips"] = [];
  for (const entry of manifest.clips) {
    const bytes = files[entry.file];
    if (!bytes || bytes.byteLength !== entry.bytes || (await bytesHash(bytes)) !== entry.sha256)
      return { ok: false, problem: "damaged" };
    clips.push({
      language: manifest.language,
      key: entry.key,
      textHash: entry.textHash,
      mimeType: entry.mimeType,
      bytes: bytes.slice().buffer,
      recordedAt: Date.parse(manifest.createdAt) || 0,
    });
  }
  return {
    ok: true,
    pack: { manifest, clips, size: clips.reduce((sum, clip) => sum + clip.bytes.byteLength, 0) },
  };
}
