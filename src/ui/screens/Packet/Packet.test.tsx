// @vitest-environment happy-dom
import { configure, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { addPage, LOCAL_PROFILE_ID, saveAnswers, saveDocumentStatus, saveIdentity } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Packet } from "./Packet";

storePlainFor(LOCAL_PROFILE_ID);

configure({ asyncUtilTimeout: 5000 });

const spouseRenewal = {
  need: "renewal" as const,
  card: "temporary" as const,
  reasons: [{ ground: "family" as const, detail: "spouseOfFrench" as const }],
  nationality: "ma" as const,
  children: "no" as const,
  housing: "hosted" as const,
};

const aPage = (documentId: string, order: number) => ({
  id: `${documentId}-${order}`,
  documentId,
  order,
  rotation: 0 as const,
  width: 1400,
  height: 2000,
  mimeType: "image/jpeg" as const,
  byteLength: 3,
  qualityFlags: [],
  keepsOriginal: false,
  createdAt: "2026-11-27T10:00:00.000Z",
});

describe("Packet", () => {
  it("says what to do when no document is ready yet", async () => {
    await renderScreen(<Packet />);
    await saveAnswers(spouseRenewal);
    expect(await screen.findByText(/Aucun document n'est prêt/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ouvrir ma liste de documents" }).getAttribute("href")).toBe(
      "/checklist",
    );
  });

  it("lists the ready documents numbered in checklist order, with their official names and pages", async () => {
    await renderScreen(<Packet />);
    await saveAnswers(spouseRenewal);
    await saveDocumentStatus("hostingAttestation", "have");
    await saveDocumentStatus("passport", "have");
    await addPage(aPage("passport", 1), {
      page: new Blob([new Uint8Array([1, 2, 3])], { type: "image/jpeg" }),
    });
    await addPage(aPage("passport", 2), {
      page: new Blob([new Uint8Array([1, 2, 3])], { type: "image/jpeg" }),
    });
    const first = await screen.findByText("Pièce n° 1");
    expect(first.closest("li")?.textContent).toContain("Passeport");
    expect(first.closest("li")?.textContent).toContain("Pages : 2");
    const second = screen.getByText("Pièce n° 2");
    expect(second.closest("li")?.textContent).toContain("Attestation d'hébergement");
    expect(second.closest("li")?.textContent).toContain("Joignez une copie papier");
    expect(screen.getByRole("button", { name: "Faire le PDF" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Faire les fichiers" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "2 Mo" })).toHaveProperty("checked", true);
    expect(screen.getByText(/La limite officielle du site ANEF n'est pas connue/)).toBeTruthy();
  });

  it("warns that a name in Arabic script stays blank in the PDF, in Arabic, right to left", async () => {
    await renderScreen(<Packet />, "ar");
    await saveAnswers(spouseRenewal);
    await saveIdentity({ surname: "محمد", nationality: "marocaine", foreignerNumber: "1234567890" });
    await saveDocumentStatus("passport", "have");
    expect(await screen.findByText(/لا يستطيع ملف PDF كتابتها/)).toBeTruthy();
    expect(document.documentElement.dir).toBe("rtl");
  });
});
