import { LANGUAGES, type LanguageInfo } from "@/i18n";
import { textHash } from "@/lib/textHash";
import { loadAudioClips, type PlayableClip } from "@/storage";
import { keysOfText, textIn } from "@/ui/hooks/listenTexts";
import { chooseAudio, voiceFor } from "./chooseAudio";

type StoredClip = PlayableClip;

/** The recorded clip of a key: an installed pack's first, then one shipped with the app. */
async function recordedClip(language: string, key: string): Promise<StoredClip | undefined> {
  return (await loadAudioClips()).findClip(language, key);
}

/** One piece of screen text to read, with the keys it may come from. */
export interface ListenPart {
  text: string;
  keys: string[];
}

/** What is heard for one part. */
type Step = { kind: "clip"; clip: StoredClip } | { kind: "speech"; text: string } | { kind: "none" };

/**
 * The texts a screen offers to be read, in reading order: its heading (the question or main text), then
 * every element marked `data-listen` (each choice). `data-listen="namespace:key"` names the text's key;
 * a bare `data-listen` is found by its wording, or read by speech only.
 */
export function partsToRead(root: ParentNode, keysOfText: (text: string) => string[]): ListenPart[] {
  return [...root.querySelectorAll<HTMLElement>("h1, [data-listen]")]
    .map((element) => {
      const text = element.innerText || element.textContent || "";
      const tag = element.getAttribute("data-listen") ?? "";
      return { text, keys: tag.includes(":") ? [tag] : keysOfText(text) };
    })
    .filter((part) => part.text.trim() !== "");
}

/** Picks the clip, the voice or nothing for one part (the first key whose clip is fresh wins). */
async function stepFor(
  part: ListenPart,
  language: LanguageInfo,
  voice: SpeechSynthesisVoice | undefined,
  textIn: (language: string, key: string) => string | undefined,
): Promise<Step> {
  for (const key of part.keys) {
    const clip = await recordedClip(language.code, key).catch(() => undefined);
    if (!clip) continue;
    const current = textIn(language.code, key);
    const currentTextHash = current === undefined ? undefined : await textHash(current);
    if (chooseAudio({ clipTextHash: clip.textHash, currentTextHash, language, voice }) === "clip")
      return { kind: "clip", clip };
  }
  const choice = chooseAudio({ clipTextHash: undefined, currentTextHash: undefined, language, voice });
  return choice === "speech" ? { kind: "speech", text: part.text } : { kind: "none" };
}

/** Plays one clip to its end, or until stopped. */
function playClip(clip: StoredClip, signal: AbortSignal): Promise<void> {
  const url = URL.createObjectURL(new Blob([clip.bytes], { type: clip.mimeType }));
  const audio = new Audio(url);
  return new Promise((resolve) => {
    const done = () => {
      audio.pause();
      URL.revokeObjectURL(url);
      signal.removeEventListener("abort", done);
      resolve();
    };
    audio.addEventListener("ended", done);
    audio.addEventListener("error", done);
    signal.addEventListener("abort", done);
    audio.play().catch(done);
  });
}

/** Speaks texts one short sentence at a time (long utterances stop after ~15 s in Chrome, UX.md §2.1). */
function speak(texts: string[], voice: SpeechSynthesisVoice, signal: AbortSignal): Promise<void> {
  const sentences = texts.flatMap((text) => text.split(/(?<=[.!?؟।])\s+/));
  return new Promise((resolve) => {
    signal.addEventListener("abort", () => {
      speechSynthesis.cancel();
      resolve();
    });
    sentences.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === sentences.length - 1) {
        utterance.onend = () => resolve();
        utterance.onerror = () => resolve();
      }
      speechSynthesis.speak(utterance);
    });
  });
}

/**
 * Reads the screen: recorded clips where fresh ones exist, the device's voice of the same language for
 * the rest, nothing else. Resolves "unavailable" when nothing at all can be heard, "idle" once done or
 * stopped through `signal`.
 */
export async function readScreen(code: string, signal: AbortSignal): Promise<"idle" | "unavailable"> {
  const language: LanguageInfo | undefined = LANGUAGES.find((candidate) => candidate.code === code);
  const main = document.querySelector("main");
  if (!language || !main) return "unavailable";
  const synth = typeof speechSynthesis === "undefined" ? undefined : speechSynthesis;
  synth?.cancel();
  const voice = synth ? voiceFor(language, synth.getVoices()) : undefined;
  const parts = partsToRead(main, (text) => keysOfText(code, text));
  const steps = await Promise.all(parts.map((part) => stepFor(part, language, voice, textIn)));
  if (steps.every((step) => step.kind === "none")) return "unavailable";
  for (let index = 0; index < steps.length && !signal.aborted; index++) {
    const step = steps[index];
    if (step?.kind === "clip") await playClip(step.clip, signal);
    if (step?.kind !== "speech" || !voice) continue;
    // Consecutive texts without a clip are queued together, as the device's voice expects.
    const run: string[] = [];
    for (let next = steps[index]; next?.kind === "speech"; next = steps[++index]) run.push(next.text);
    index--;
    await speak(run, voice, signal);
  }
  return "idle";
}
