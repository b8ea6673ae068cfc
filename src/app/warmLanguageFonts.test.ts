// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGUAGE_NAMES, LANGUAGES } from "@/i18n";
import { warmLanguageFonts } from "./warmLanguageFonts";

/** What was in the hidden holder each time it was laid out. */
function recordLayouts() {
  const layouts: { lang: string; className: string; text: string; dir: string }[][] = [];
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    layouts.push(
      [...this.children].map((child) => ({
        lang: child.getAttribute("lang") ?? "",
        className: child.className,
        text: child.textContent ?? "",
        dir: child.getAttribute("dir") ?? "",
      })),
    );
    return new DOMRect();
  });
  return layouts;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("warmLanguageFonts", () => {
  it("lays out one more language per task, never all at once", async () => {
    // Counts the tasks: each timer callback is one.
    let task = 0;
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((run: () => void, ms?: number) =>
      realSetTimeout(() => {
        task++;
        run();
      }, ms)) as typeof setTimeout);
    const layouts = recordLayouts();
    const tasks: number[] = [];
    const spy = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    const record = spy.getMockImplementation();
    spy.mockImplementation(function (this: HTMLElement) {
      tasks.push(task);
      return record?.call(this) ?? new DOMRect();
    });
    const done = warmLanguageFonts();
    // Nothing in the calling task: boot goes on loading the texts meanwhile.
    expect(layouts).toHaveLength(0);
    await done;
    expect(tasks).toEqual(Array.from({ length: LANGUAGES.length + 1 }, (_, i) => i + 1));
    // First: the French names, all in the regular weight of one font.
    expect(layouts[0]?.map((span) => span.text)).toEqual(
      LANGUAGES.map(({ code }) => LANGUAGE_NAMES[code].frenchName),
    );
    expect(layouts[0]?.every((span) => span.lang === "fr")).toBe(true);
    // Then one more name per task.
    expect(layouts.map((spans) => spans.length)).toEqual(
      Array.from({ length: LANGUAGES.length + 1 }, (_, i) => LANGUAGES.length + i),
    );
  });

  it("writes each name with the list's class, in its own language and direction", async () => {
    const layouts = recordLayouts();
    await warmLanguageFonts();
    const last = layouts.at(-1) ?? [];
    const endonyms = last.filter((span) => span.className === "language-choice__endonym");
    expect(endonyms).toEqual(
      LANGUAGES.map(({ code, dir }) => ({
        lang: code,
        className: "language-choice__endonym",
        text: LANGUAGE_NAMES[code].endonym,
        dir,
      })),
    );
    expect(endonyms.find((span) => span.lang === "ar")?.dir).toBe("rtl");
  });

  it("is hidden from screen readers while it works and leaves nothing behind", async () => {
    recordLayouts();
    const done = warmLanguageFonts();
    const holder = document.body.querySelector(".font-warmup");
    expect(holder?.getAttribute("aria-hidden")).toBe("true");
    await done;
    expect(document.body.querySelector(".font-warmup")).toBeNull();
    expect(document.body.children).toHaveLength(0);
  });

  it("stops when the page is hidden, where timers are slowed to one a second", async () => {
    const hide = (state: "hidden" | "visible") =>
      Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
    try {
      // Hidden from the start: nothing is laid out, nothing waits.
      hide("hidden");
      let layouts = recordLayouts();
      await warmLanguageFonts();
      expect(layouts).toHaveLength(0);
      // Hidden on the way: it stops at the next task.
      hide("visible");
      vi.restoreAllMocks();
      layouts = recordLayouts();
      const done = warmLanguageFonts();
      hide("hidden");
      await done;
      expect(layouts.length).toBeLessThan(LANGUAGES.length + 1);
      expect(document.body.querySelector(".font-warmup")).toBeNull();
    } finally {
      hide("visible");
    }
  });

  it("leaves nothing behind when a layout fails", async () => {
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(() => {
      throw new Error("no layout");
    });
    await expect(warmLanguageFonts()).rejects.toThrow("no layout");
    expect(document.body.querySelector(".font-warmup")).toBeNull();
  });
});
