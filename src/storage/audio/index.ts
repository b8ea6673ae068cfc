export {
  type AudioClip,
  clipId,
  countAudioClips,
  deleteAudioClip,
  getAudioClip,
  listAudioClips,
  putAudioClips,
} from "./audioClips";
export {
  type AudioManifest,
  audioManifestSchema,
  buildAudioPack,
  type OpenedPack,
  openAudioPack,
  PACK_LIMITS,
  type PackExpectations,
  type PackProblem,
} from "./audioPack";
export { findClip, type PlayableClip } from "./findClip";
