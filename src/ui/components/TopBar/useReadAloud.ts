import { useCallback, useEffect, useState } from "preact/hooks";
import { LANGUAGES, type LanguageCode } from "@/i18n";

/** What the listen control is doing. */
export type ReadAloudState = "idle" | "speaking" | "unavailable";

/** A device voice whose language really is `language`; never another language's voice (UX.md §2.1). */
export function voiceFor(language: LanguageCode, voices: readonly SpeechSynthesisVoice[]) {
  const info = LANGUAGES.find((l) => l.code === language);
  if (!info?.speech) return undefined;
  const base = language.toLowerCase().split("-")[0] ?? language;
  return voices.find((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === base);
}

/** The texts a screen offers to be read: its heading, then every element marked `data-listen`. */
export function textsToRead(root: ParentNode): string[] {
  const parts = root.querySelectorAll<HTMLElement>("h1, [data-listen]");
  return [...parts]
    .map((part) => part.innerText || part.textContent || "")
    .filter((text) => text.trim() !== "");
}

/**
 * Reads the screen aloud with the device's speech voice when one exists for the language. Short
 * sentences are queued one by one (long utterances stop after ~15 s in Chrome, UX.md §2.1).
 * Playback starts only on a tap; a second tap or leaving the screen stops it.
 */
export function useReadAloud(language: LanguageCode) {
  const [state, setState] = useState<ReadAloudState>("idle");
  const stop = useCallback(() => {
    if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
    setState("idle");
  }, []);
  useEffect(() => stop, [stop]);
  const toggle = useCallback(() => {
    if (state === "speaking") return stop();
    const synth = typeof speechSynthesis === "undefined" ? undefined : speechSynthesis;
    const voice = synth ? voiceFor(language, synth.getVoices()) : undefined;
    const main = document.querySelector("main");
    if (!synth || !voice || !main) return setState("unavailable");
    synth.cancel();
    const texts = textsToRead(main).flatMap((text) => text.split(/(?<=[.!?؟।])\s+/));
    texts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === texts.length - 1) utterance.onend = () => setState("idle");
      synth.speak(utterance);
    });
    setState("speaking");
  }, [language, state, stop]);
  return { state, toggle, stop };
}
