import type { LanguageInfo } from "@/i18n";

/** What one piece of screen text is heard with. */
export type AudioChoice = "clip" | "speech" | "none";

/** A device voice whose language really is `language`; never another language's voice (UX.md §2.1). */
export function voiceFor(language: LanguageInfo, voices: readonly SpeechSynthesisVoice[]) {
  if (!language.speech) return undefined;
  const base = language.code.toLowerCase().split("-")[0] ?? language.code;
  return voices.find((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === base);
}

/**
 * Recorded clip first, when it was recorded from today's text (a changed text makes it stale); then the
 * device's voice of that very language, never for a language marked without speech; else nothing.
 */
export function chooseAudio(options: {
  clipTextHash: string | undefined;
  currentTextHash: string | undefined;
  language: LanguageInfo;
  voice: SpeechSynthesisVoice | undefined;
}): AudioChoice {
  const { clipTextHash, currentTextHash, language, voice } = options;
  if (clipTextHash !== undefined && clipTextHash === currentTextHash) return "clip";
  const base = language.code.toLowerCase().split("-")[0] ?? language.code;
  if (language.speech && voice?.lang.toLowerCase().startsWith(base)) return "speech";
  return "none";
}
