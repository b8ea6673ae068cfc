// Listening (recorded clips, then a voice of the same language, else "no audio"), the recording studio
// and audio packs moved between phones, in Debian's Chromium (issue #8, items 4 and 5).
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { textHash } from "@/lib/textHash";
import { buildAudioPack } from "@/storage/audio/audioPack";
import { chooseLanguage, openBrowser } from "./browser";

const locale = (language: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${language}/common.json`, import.meta.url), "utf8"));

/** The studio's position of a `common` key: prompts follow the French source, common first. */
function studioPosition(key: string): number {
  const keys: string[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === "string") {
      if (!value.includes("{{")) keys.push(prefix);
    } else if (value && typeof value === "object")
      for (const [name, child] of Object.entries(value)) walk(prefix ? `${prefix}.${name}` : name, child);
  };
  walk("", locale("fr"));
  return keys.indexOf(key) + 1;
}

// Records every media element the page plays: its source, how far it got and whether it ended.
const mediaSpy = () => {
  const played: Array<{ src: string; time: number; ended: boolean }> = [];
  Object.defineProperty(window, "__played", { value: played });
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    const entry = { src: this.src, time: 0, ended: false };
    played.push(entry);
    this.addEventListener("timeupdate", () => {
      entry.time = Math.max(entry.time, this.currentTime);
    });
    this.addEventListener("ended", () => {
      entry.ended = true;
    });
    return play.call(this);
  };
};
const played = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __played: Array<{ src: string; time: number; ended: boolean }> }).__played,
  );
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

/** One second of a tone, recorded as Opus in WebM by Chromium's own MediaRecorder (a test clip only). */
async function recordTone(page: Page): Promise<Uint8Array> {
  const bytes = await page.evaluate(async () => {
    const context = new AudioContext();
    await context.resume();
    const tone = context.createOscillator();
    const output = context.createMediaStreamDestination();
    tone.connect(output);
    tone.start();
    const recorder = new MediaRecorder(output.stream, { mimeType: "audio/webm;codecs=opus" });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => {
      recorder.onstop = resolve;
    });
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    recorder.stop();
    await stopped;
    tone.stop();
    await context.close();
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  });
  return new Uint8Array(bytes);
}

/** Installs a pack file from the studio screen, in Arabic. */
async function installPack(page: Page, baseURL: string, file: string): Promise<void> {
  await page.goto(`${baseURL}/studio`);
  await page.getByLabel("ملف الحزمة الصوتية (.zip)").setInputFiles(file);
  await page.getByRole("button", { name: "افتح الحزمة" }).click();
  await page.getByRole("button", { name: "ثبّت" }).click();
  await page.getByText("تم تثبيت الحزمة.", { exact: false }).waitFor();
}

/** Taps listen on the help screen (Arabic) and waits until a clip has played through. */
async function listenToHelpInArabic(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/help`);
  await page.getByRole("heading", { level: 1, name: "مساعدة" }).waitFor();
  await page.getByRole("button", { name: "استمع" }).click();
  await page
    .waitForFunction(() =>
      (window as unknown as { __played: Array<{ time: number; ended: boolean }> }).__played.some(
        (clip) => clip.ended && clip.time > 0.5,
      ),
    )
    .catch(async (error: unknown) => {
      throw new Error(`played: ${JSON.stringify(await played(page))}`, { cause: error });
    });
  expect((await played(page))[0]?.src).toMatch(/^blob:/);
  expect(await page.getByText("لا يوجد صوت", { exact: false }).count()).toBe(0);
}

describe("listening", { timeout: 180_000 }, () => {
  it("uses a same-language voice, says when there is none, and plays a recorded clip once installed", async () => {
    const browser = await openBrowser({ args: ["--autoplay-policy=no-user-gesture-required"] });
    const { page, context, baseURL } = browser;
    try {
      await context.addInitScript(mediaSpy);
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await page.goto(`${baseURL}/help`);
      await page.getByRole("button", { name: "Écouter" }).click();
      await expect.poll(async () => (await spoken(page))[0], { timeout: 10_000 }).toBe("Aide");
      expect(await played(page)).toEqual([]);
      await page.getByRole("button", { name: "Arrêter" }).click();

      // Arabic: the test browser has a French voice only, and no pack is installed.
      await page.getByRole("link", { name: "Langue", exact: true }).click();
      await chooseLanguage(page, "العربية");
      await page.goto(`${baseURL}/help`);
      await page.getByRole("button", { name: "استمع" }).click();
      await page.getByRole("status").filter({ hasText: "لا يوجد صوت" }).waitFor();
      expect(await played(page)).toEqual([]);

      // Pashto: no phone has a Pashto voice, so none is ever tried; without a pack, it says so.
      await page.getByRole("link", { name: locale("ar").nav.language, exact: true }).click();
      await chooseLanguage(page, "پښتو");
      await page.goto(`${baseURL}/help`);
      await page.getByRole("button", { name: locale("ps").nav.listen }).click();
      await page
        .getByRole("status")
        .filter({ hasText: locale("ps").listen.unavailable })
        .waitFor();
      expect(await played(page)).toEqual([]);
      expect(await spoken(page)).toEqual([]);
      await page.getByRole("link", { name: locale("ps").nav.language, exact: true }).click();
      await chooseLanguage(page, "العربية");

      // A pack with a clip of the help screen's heading, recorded from today's Arabic text.
      const title = locale("ar").nav.help as string;
      const clip = await recordTone(page);
      const pack = await buildAudioPack("ar", [
        {
          id: "ar/common:nav.help",
          language: "ar",
          key: "common:nav.help",
          textHash: await textHash(title),
          mimeType: "audio/webm;codecs=opus",
          bytes: clip.slice().buffer,
          recordedAt: Date.now(),
        },
      ]);
      const file = join(tmpdir(), `papiers-audio-test-${process.pid}.zip`);
      writeFileSync(file, pack);
      await installPack(page, baseURL, file);
      await listenToHelpInArabic(page, baseURL);
      expect((await spoken(page)).filter((text) => text === title)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("plays in another browser profile a pack recorded and exported from the studio", async () => {
    const recording = await openBrowser({
      args: ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
    });
    const file = join(tmpdir(), `papiers-audio-studio-${process.pid}.zip`);
    try {
      const { page, baseURL } = recording;
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "Français");
      await page.goto(`${baseURL}/studio`);
      await page.getByRole("link", { name: /العربية/ }).click();
      await page.getByText("Étape 1 sur", { exact: false }).waitFor();
      // Reload in the middle: the position stays in the address.
      await page.goto(`${baseURL}/studio?lang=ar&n=${studioPosition("nav.help")}`);
      await page.reload();
      await page.getByText(locale("ar").nav.help, { exact: true }).waitFor();
      await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
      await page.getByText("Enregistrement en cours.", { exact: false }).waitFor();
      await page.waitForTimeout(1500);
      await page.getByRole("button", { name: "Arrêter" }).click();
      await page.getByText("Enregistré.", { exact: true }).waitFor();
      await page.reload();
      await page.getByText("Enregistré.", { exact: true }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Exporter le paquet audio" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^papiers-audio-ar-\d{4}-\d{2}-\d{2}\.zip$/);
      await download.saveAs(file);
    } finally {
      await recording.close();
    }

    const listening = await openBrowser();
    try {
      const { page, context, baseURL } = listening;
      await context.addInitScript(mediaSpy);
      await page.goto(`${baseURL}/language`);
      await chooseLanguage(page, "العربية");
      await installPack(page, baseURL, file);
      await listenToHelpInArabic(page, baseURL);
    } finally {
      await listening.close();
    }
  });
});
