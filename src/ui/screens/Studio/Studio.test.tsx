// @vitest-environment happy-dom
import { fireEvent, screen, within } from "@testing-library/preact";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { textHash } from "@/lib/textHash";
import { loadAudioClips } from "@/storage";
import { textIn } from "@/ui/hooks/listenTexts";
import { renderScreen } from "../../../../tests/renderScreen";
import { Studio } from "./Studio";

/** A pack of Arabic clips for two texts, as the studio of another phone exports it. */
async function arabicPack() {
  const audio = await loadAudioClips();
  const clip = async (key: string) => ({
    id: `ar/${key}`,
    language: "ar",
    key,
    textHash: await textHash(textIn("ar", key) ?? ""),
    mimeType: "audio/webm;codecs=opus",
    bytes: new Uint8Array(2048).fill(7).buffer,
    recordedAt: 1,
  });
  return audio.buildAudioPack(
    "ar",
    [await clip("common:home.title"), await clip("common:help.title")],
    new Date("2026-11-20T09:00:00Z"),
  );
}

/** Chooses a pack file in the import form and opens it. */
function openPack(bytes: Uint8Array) {
  const input = screen.getByLabelText("Fichier du paquet audio (.zip)");
  Object.defineProperty(input, "files", {
    configurable: true,
    value: [new File([bytes.slice()], "pack.zip", { type: "application/zip" })],
  });
  fireEvent.click(screen.getByRole("button", { name: "Ouvrir le paquet" }));
}

describe("Studio", () => {
  it("starts with the languages to record, by their own names", async () => {
    await renderScreen(<Studio />, "fr", "/studio");
    expect(screen.getByRole("heading", { level: 1, name: "Studio d'enregistrement" })).toBeTruthy();
    const arabic = screen.getByRole("link", { name: /العربية/ });
    expect(arabic.getAttribute("href")).toBe("/studio?lang=ar");
  });

  it("shows a prompt in French and in the language recorded, with the position in digits", async () => {
    await renderScreen(<Studio />, "fr", "/studio?lang=ar&n=2");
    expect(await screen.findByText("Étape 2 sur", { exact: false })).toBeTruthy();
    const french = textIn("fr", "common:nav.label") ?? "";
    const arabic = textIn("ar", "common:nav.label") ?? "";
    expect(screen.getByText(french).getAttribute("lang")).toBe("fr");
    const target = screen.getByText(arabic);
    expect([target.getAttribute("lang"), target.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(screen.getByText("Pas encore enregistré.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Enregistrer" })).toBeTruthy();
  });

  it("shows a pack's language, clips and size before installing it, then installs it", async () => {
    await renderScreen(<Studio />, "fr", "/studio");
    openPack(await arabicPack());
    const summary = await screen.findByRole("button", { name: "Installer" });
    const details = summary.closest("[role=status]") as HTMLElement;
    expect(within(details).getByText("العربية").getAttribute("dir")).toBe("rtl");
    expect(within(details).getByText("2", { selector: "bdi" })).toBeTruthy();
    expect(within(details).getByText("0.00 Mo")).toBeTruthy();
    expect(within(details).getByText("20/11/2026")).toBeTruthy();
    fireEvent.click(summary);
    expect(
      await screen.findByText("Paquet installé. Le bouton Écouter l'utilise maintenant.", { exact: false }),
    ).toBeTruthy();
    const installed = await (await loadAudioClips()).listAudioClips("ar");
    expect(installed.map((clip) => clip.key).sort()).toEqual(["common:help.title", "common:home.title"]);
  });

  it("refuses a pack altered after export, and a truncated one, with a clear message", async () => {
    await renderScreen(<Studio />, "fr", "/studio");
    const files = unzipSync(await arabicPack());
    const manifest = JSON.parse(strFromU8(files["manifest.json"] ?? new Uint8Array()));
    manifest.clips[0].textHash = "0".repeat(64);
    const clipName: string = manifest.clips[1].file;
    const tampered = zipSync({
      ...files,
      [clipName]: new Uint8Array(2048).fill(8),
      "manifest.json": strToU8(JSON.stringify(manifest)),
    });
    openPack(tampered);
    expect(
      await screen.findByText("Ce paquet audio a été modifié ou abîmé. Il n'est pas installé."),
    ).toBeTruthy();
    const whole = await arabicPack();
    openPack(whole.slice(0, whole.length / 2));
    expect(await screen.findByText(/n'est pas un paquet audio, ou il est incomplet/)).toBeTruthy();
    expect(await (await loadAudioClips()).listAudioClips("ar")).toEqual([]);
  });

  it("speaks Arabic right to left", async () => {
    await renderScreen(<Studio />, "ar", "/studio");
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "استوديو التسجيل" })).toBeTruthy();
  });
});
