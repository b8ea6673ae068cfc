import { getAudioClip } from "./audioClips";
import { type AudioManifest, audioManifestSchema, bytesHash } from "./audioPack";

/** A clip ready to play: its bytes, type and the hash of the text it was recorded from. */
export interface PlayableClip {
  textHash: string;
  mimeType: string;
  bytes: ArrayBuffer;
}

const shippedManifests = new Map<string, Promise<AudioManifest | undefined>>();

/**
 * The manifest of clips shipped with the app (`/audio/<lang>/manifest.json`), once per language; none
 * ship today, and an address that is not a manifest (the app's page, a 404) means none.
 */
function shippedManifest(language: string): Promise<AudioManifest | undefined> {
  let manifest = shippedManifests.get(language);
  if (!manifest) {
    manifest = fetch(`/audio/${language}/manifest.json`)
      .then(async (response) => {
        if (!response.ok || !response.headers.get("content-type")?.includes("json")) return undefined;
        const parsed = audioManifestSchema.safeParse(await response.json());
        return parsed.success && parsed.data.language === language ? parsed.data : undefined;
      })
      .catch(() => undefined);
    shippedManifests.set(language, manifest);
  }
  return manifest;
}

/** A clip shipped with the app, checked against its manifest's byte hash. */
async function shippedClip(language: string, key: string): Promise<PlayableClip | undefined> {
  const entry = (await shippedManifest(language))?.clips.find((clip) => clip.key === key);
  if (!entry) return undefined;
  const response = await fetch(`/audio/${language}/${entry.file}`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const bytes = await response.arrayBuffer();
  if ((await bytesHash(bytes)) !== entry.sha256) return undefined;
  return { textHash: entry.textHash, mimeType: entry.mimeType, bytes };
}

/** The recorded clip of a key: an installed pack's or the studio's first, then one shipped with the app. */
export async function findClip(language: string, key: string): Promise<PlayableClip | undefined> {
  return (await getAudioClip(language, key)) ?? (await shippedClip(language, key));
}
