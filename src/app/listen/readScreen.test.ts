// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeLanguage, type LanguageInfo } from "@/i18n";
import { textHash } from "@/lib/textHash";
import { loadAudioClips } from "@/storage";
import { prepareScreen } from "../../../tests/renderScreen";
import { chooseAudio, voiceFor } from "./chooseAudio";
import { readScreen } from "./readScreen";

const french: LanguageInfo = { code: "fr", dir: "ltr", speech: true };
// Pashto as issue #8 describes it: no synthetic voice may ever read it.
const pashto: LanguageInfo = { code: "ps", dir: "rtl", speech: false };
const voice = (lang: string) =>
  ({ lang, name: lang, default: false, localService: true, voiceURI: lang }) as SpeechSynthesisVoice;

describe("which audio a text gets", () => {
  it("plays a recorded clip made from today's text, even where a voice exists", () => {
    expect(
      chooseAudio({ clipTextHash: "h1", currentTextHash: "h1", language: french, voice: voice("fr-FR") }),
    ).toBe("clip");
  });

  it("treats a clip recorded from an older text as stale: the voice reads it instead", () => {
    expect(
      chooseAudio({ clipTextHash: "old", currentTextHash: "new", language: french, voice: voice("fr-FR") }),
    ).toBe("speech");
  });

  it("says nothing can be heard when the clip is stale and there is no voice", () => {
    expect(
      chooseAudio({ clipTextHash: "old", currentTextHash: "new", language: french, voice: undefined }),
    ).toBe("none");
  });

  it("never lets a voice read a language marked without speech, even one claiming that language", () => {
    expect(voiceFor(pashto, [voice("ps-AF")])).toBeUndefined();
    expect(
      chooseAudio({ clipTextHash: undefined, currentTextHash: "h", language: pashto, voice: voice("ps-AF") }),
    ).toBe("none");
    expect(chooseAudio({ clipTextHash: "h", currentTextHash: "h", language: pashto, voice: undefined })).toBe(
      "clip",
    );
  });

  it("never reads a language with another language's voice", () => {
    expect(voiceFor(french, [voice("en-GB"), voice("ar")])).toBeUndefined();
    expect(voiceFor(french, [voice("en-GB"), voice("fr_CA")])?.lang).toBe("fr_CA");
    expect(
      chooseAudio({ clipTextHash: undefined, currentTextHash: "h", language: french, voice: voice("en-GB") }),
    ).toBe("none");
  });
});

/** A speech engine that records what it is asked to say, with the voices given. */
function fakeSpeech(voices: SpeechSynthesisVoice[]) {
  const spoken: string[] = [];
  Object.assign(globalThis, {
    SpeechSynthesisUtterance: class {
      constructor(readonly text: string) {}
    },
    speechSynthesis: {
      getVoices: () => voices,
      speak: (utterance: { text: string; onend?: () => void }) => {
        spoken.push(utterance.text);
        queueMicrotask(() => utterance.onend?.());
      },
      cancel: () => {},
    },
  });
  return spoken;
}

/** An audio element that records what it plays and ends at once. */
function fakeAudio() {
  const played: string[] = [];
  Object.assign(globalThis, {
    Audio: class extends EventTarget {
      constructor(readonly src: string) {
        super();
      }
      play() {
        played.push(this.src);
        queueMicrotask(() => this.dispatchEvent(new Event("ended")));
        return Promise.resolve();
      }
      pause() {}
    },
  });
  return played;
}

/** Shows a screen: a heading and two texts to listen to, one of them with values filled in. */
function showScreen(title: string, text: string) {
  document.body.innerHTML = `<main><h1>${title}</h1><p data-listen>${text}</p><p data-listen>Étape 2 sur 7</p></main>`;
}

/** Installs a clip of `key` in `language`, recorded from `text`, as an audio pack would. */
async function installClip(language: string, key: string, text: string) {
  const audio = await loadAudioClips();
  await audio.putAudioClips([
    {
      language,
      key,
      textHash: await textHash(text),
      mimeType: "audio/webm;codecs=opus",
      bytes: new Uint8Array([1, 2, 3]).buffer,
      recordedAt: 1,
    },
  ]);
}

describe("reading a screen aloud", () => {
  beforeEach(async () => {
    await prepareScreen("fr");
    // No clips ship with the app: the shipped manifest's address answers 404.
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("", { status: 404 })));
  });

  it("plays the heading's recorded clip, then reads the texts without one with the French voice", async () => {
    await installClip("fr", "common:help.title", "Aide");
    await installClip("ar", "common:nav.help", "Aide");
    const played = fakeAudio();
    const spoken = fakeSpeech([voice("fr-FR")]);
    showScreen("Aide", "Papiers n'envoie rien sur internet.");
    expect(await readScreen("fr", new AbortController().signal)).toBe("idle");
    expect(played).toHaveLength(1);
    expect(spoken).toEqual(["Papiers n'envoie rien sur internet.", "Étape 2 sur 7"]);
  });

  it("takes the key a text names with data-listen", async () => {
    await installClip("fr", "common:nav.help", "Aide");
    const played = fakeAudio();
    fakeSpeech([]);
    document.body.innerHTML = `<main><p data-listen="common:nav.help">Aide</p></main>`;
    expect(await readScreen("fr", new AbortController().signal)).toBe("idle");
    expect(played).toHaveLength(1);
  });

  it("does not play a stale clip: the voice reads today's text", async () => {
    await installClip("fr", "common:help.title", "Aide (ancien texte)");
    await installClip("fr", "common:nav.help", "Aide (ancien texte)");
    const played = fakeAudio();
    const spoken = fakeSpeech([voice("fr-FR")]);
    showScreen("Aide", "Bonjour");
    await readScreen("fr", new AbortController().signal);
    expect(played).toEqual([]);
    expect(spoken[0]).toBe("Aide");
  });

  it("says nothing can be heard in Arabic without a pack and without an Arabic voice", async () => {
    await changeLanguage("ar");
    const played = fakeAudio();
    const spoken = fakeSpeech([voice("fr-FR")]);
    showScreen("مساعدة", "مرحبا");
    expect(await readScreen("ar", new AbortController().signal)).toBe("unavailable");
    expect([...played, ...spoken]).toEqual([]);
  });

  it("stops at once when the control is tapped again", async () => {
    fakeAudio();
    const spoken = fakeSpeech([voice("fr-FR")]);
    const controller = new AbortController();
    controller.abort();
    showScreen("Aide", "Bonjour");
    expect(await readScreen("fr", controller.signal)).toBe("idle");
    expect(spoken).toEqual([]);
  });
});
