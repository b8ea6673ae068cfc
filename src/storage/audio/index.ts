export {
  type AudioClip,
  clipId,
  countAudioClips,
  deleteAudioClip,
  getAudioClip,
  listAudioClips,
  putAudioClips,
} from "./audioClips";
