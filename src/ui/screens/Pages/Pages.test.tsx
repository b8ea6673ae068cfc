// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { Route, Router } from "preact-iso";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadNamespaces } from "@/i18n";
import { addPage, LOCAL_PROFILE_ID, listPages, type PageRecord } from "@/storage";
import { renderScreen } from "../../../../tests/renderScreen";
import { storePlainFor } from "../../../../tests/storePlainFor";
import { Pages } from "./Pages";

storePlainFor(LOCAL_PROFILE_ID);

const { analyseFile } = vi.hoisted(() => ({ analyseFile: vi.fn() }));
vi.mock("@/capture", async (original) => ({
  ...(await original<typeof import("@/capture")>()),
  analyseFile,
}));
const { CaptureError } = await import("@/capture");

const aPage = (id: string, order: number, extra: Partial<PageRecord> = {}): PageRecord => ({
  id,
  documentId: "passport",
  order,
  rotation: 0,
  width: 2000,
  height: 1414,
  mimeType: "image/jpeg",
  byteLength: 3,
  qualityFlags: [],
  keepsOriginal: false,
  createdAt: "2026-11-27T10:00:00.000Z",
  ...extra,
});
const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });

/** Renders the screen for the passport, with its pages stored first. */
async function showPassport(language: "fr" | "ar" = "fr", pages: PageRecord[] = []) {
  await renderScreen(<p />, language);
  await loadNamespaces("capture");
  for (const page of pages) await addPage(page, { page: jpeg, thumbnail: jpeg });
  return renderScreen(
    <Router>{[<Route key="pages" path="/pages/:documentId" component={Pages} />]}</Router>,
    language,
    "/pages/passport",
    { keepDatabase: true },
  );
}

beforeEach(() => {
  analyseFile.mockReset();
});

describe("the pages of a document", () => {
  it("is titled with the document's name, and a generic title for an address that names no document", async () => {
    await renderScreen(<p />, "fr");
    await loadNamespaces("capture");
    await renderScreen(
      <Router>{[<Route key="pages" path="/pages/:documentId" component={Pages} />]}</Router>,
      "fr",
      "/pages/no-such-document",
      { keepDatabase: true },
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Photos du document" })).toBeTruthy();
  });

  it("lists the pages in order with their thumbnails and labelled actions", async () => {
    await showPassport("fr", [aPage("b", 2, { qualityFlags: ["blurry"] }), aPage("a", 1)]);
    expect(screen.getByRole("heading", { level: 1, name: "Passeport" })).toBeTruthy();
    const list = await screen.findByRole("list", { name: "Pages du document" });
    const items = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.classList.contains("page-card"));
    expect(items.map((li) => li.querySelector(".page-card__label")?.textContent)).toEqual([
      "Page 1",
      "Page 2",
    ]);
    expect(
      within(items[1] as HTMLElement).getByText("La photo est floue. Tenez le téléphone sans bouger."),
    ).toBeTruthy();
    for (const name of ["Descendre", "Tourner", "Refaire", "Supprimer"]) {
      expect(within(items[0] as HTMLElement).getByRole("button", { name })).toBeTruthy();
    }
    expect(screen.getByRole("button", { name: "Prendre une photo" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Choisir une image ou un PDF" })).toBeTruthy();
  });

  it("moves a page down and turns it, and the order is kept in storage", async () => {
    await showPassport("fr", [aPage("a", 1), aPage("b", 2)]);
    const list = await screen.findByRole("list", { name: "Pages du document" });
    fireEvent.click(within(list).getAllByRole("button", { name: "Descendre" })[0] as HTMLElement);
    await waitFor(async () => expect((await listPages("passport")).map((p) => p.id)).toEqual(["b", "a"]));
    fireEvent.click(within(list).getAllByRole("button", { name: "Tourner" })[0] as HTMLElement);
    await waitFor(async () => expect((await listPages("passport"))[0]?.rotation).toBe(90));
  });

  it("deletes a page with a moment to undo, and undo brings it back", async () => {
    await showPassport("fr", [aPage("a", 1), aPage("b", 2)]);
    const list = await screen.findByRole("list", { name: "Pages du document" });
    fireEvent.click(within(list).getAllByRole("button", { name: "Supprimer" })[0] as HTMLElement);
    expect(await screen.findByText("Page supprimée.")).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/^Page \d$/)).toHaveLength(1));
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.getAllByText(/^Page \d$/)).toHaveLength(2));
    expect(await listPages("passport")).toHaveLength(2);
  });

  it("explains a refused file in plain words and leaves the document as it was", async () => {
    analyseFile.mockRejectedValue(new CaptureError("tooManyPixels"));
    const { container } = await showPassport("fr", [aPage("a", 1)]);
    await screen.findByRole("list", { name: "Pages du document" });
    const input = container.querySelector("input[type=file]:not([capture])");
    if (!(input instanceof HTMLInputElement)) throw new Error("no picker");
    Object.defineProperty(input, "files", { value: [new File(["x"], "big.png", { type: "image/png" })] });
    fireEvent.change(input);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Cette image est trop grande.");
    expect(alert.textContent).toContain("Le document n'a pas changé.");
    expect(await listPages("passport")).toHaveLength(1);
  });

  it("stores a PDF as it is and shows its page count", async () => {
    analyseFile.mockResolvedValue({ kind: "pdf", pageCount: 3 });
    const { container } = await showPassport("fr");
    const input = container.querySelector("input[type=file]:not([capture])");
    if (!(input instanceof HTMLInputElement)) throw new Error("no picker");
    Object.defineProperty(input, "files", {
      value: [new File(["%PDF-"], "a.pdf", { type: "application/pdf" })],
    });
    fireEvent.change(input);
    expect(await screen.findByText("Fichier PDF. Pages : 3")).toBeTruthy();
    expect((await listPages("passport"))[0]).toMatchObject({ mimeType: "application/pdf", pdfPageCount: 3 });
  });

  it("reads right to left in Arabic", async () => {
    await showPassport("ar", [aPage("a", 1)]);
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1, name: "جواز السفر" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "التقاط صورة" })).toBeTruthy();
  });
});
