// @vitest-environment happy-dom
import { configure, screen, within } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { describe, expect, it } from "vitest";
import type { LetterKind } from "@/print";
import { LOCAL_PROFILE_ID, saveAnswers, saveDocumentStatus, saveIdentity } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Letter } from "./Letter";

configure({ asyncUtilTimeout: 5000 });
storePlainFor(LOCAL_PROFILE_ID);

const ADVICE =
  "Signez la lettre à la main. Envoyez-la en recommandé avec accusé de réception. Gardez une copie et l'accusé de réception, sans les jeter.";

async function renderLetter(kind: LetterKind, language: "fr" | "ar" = "fr") {
  await renderScreen(
    <Router>{[<Route key="letter" path="/letters/:kind" component={Letter} />]}</Router>,
    language,
    `/letters/${kind}`,
  );
  await saveIdentity({ surname: "Diallo", givenNames: "Aminata" });
}

/** The French letter, the one that is printed and signed. */
const frenchLetter = async () => {
  await screen.findAllByText(/DIALLO Aminata/);
  const article = document.querySelector<HTMLElement>('article[lang="fr"]');
  if (!article) throw new Error("no French letter");
  return article;
};

describe("Letter", () => {
  it.each([
    ["inPersonReception", "Demander un rendez-vous pour déposer sur papier"],
    ["prolongationAttestation", "Demander l'attestation de prolongation qui n'est pas arrivée"],
    ["coverLetter", "Lettre pour envoyer mon dossier sur papier"],
  ] as const)(
    "%s: says to send it by recommandé avec accusé de réception and keep the receipt",
    async (kind, title) => {
      await renderLetter(kind);
      await screen.findByRole("heading", { level: 1, name: title });
      await frenchLetter();
      expect(screen.getByText(ADVICE, { exact: false })).toBeTruthy();
    },
  );

  it("shows the advice in the person's language beside the explanation", async () => {
    await renderLetter("prolongationAttestation", "ar");
    await frenchLetter();
    expect(document.querySelector('article[lang="ar"]')).toBeTruthy();
    expect(screen.getByText(/البريد المضمون/)).toBeTruthy();
  });

  it("heads the enclosures of the reception letter with « Pièces jointes », numbered", async () => {
    await renderLetter("inPersonReception");
    const letter = await frenchLetter();
    const list = within(letter).getByRole("list", { name: "Pièces jointes" });
    expect(list.tagName).toBe("OL");
    expect(within(list).getByText("Copie de mon passeport")).toBeTruthy();
    expect(within(letter).getByRole("heading", { name: "Pièces jointes" })).toBeTruthy();
  });

  it("heads the attestation letter's enclosures too", async () => {
    await renderLetter("prolongationAttestation");
    const letter = await frenchLetter();
    const list = within(letter).getByRole("list", { name: "Pièces jointes" });
    expect(within(list).getByText("Copie de l'attestation de dépôt de ma demande")).toBeTruthy();
  });

  it("lists the cover letter's ready documents under the bordereau heading", async () => {
    await renderLetter("coverLetter");
    await saveAnswers({
      need: "renewal",
      card: "temporary",
      reasons: [{ ground: "family", detail: "spouseOfFrench" }],
      nationality: "ma",
      children: "no",
      housing: "hosted",
    });
    await saveDocumentStatus("passport", "have");
    const letter = await frenchLetter();
    const list = await within(letter).findByRole("list", { name: "Bordereau des pièces jointes" });
    expect(await within(list).findByText(/^Pièce n° 1 : Passeport/)).toBeTruthy();
  });

  it.each(["inPersonReception", "coverLetter"] as const)(
    "%s in Arabic: headings go down one level at a time, the person's copy under the title",
    async (kind) => {
      await renderLetter(kind, "ar");
      await frenchLetter();
      await screen.findAllByRole("heading", { level: 3 });
      const levels = [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => Number(h.tagName[1]));
      expect(levels[0]).toBe(1);
      for (const [index, level] of levels.entries())
        if (index > 0) expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1);
    },
  );
});
