import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { standardIcon } from "../scripts/appIcon.mjs";

const html = readFileSync(new URL("../index.html", import.meta.url), "utf8");

// An SVG file shown as an image (an <img>, or the tab's icon) is parsed as a document of its own on the
// page's main thread: two such documents were 30 ms tasks each in a new phone's first load (Chromium trace).
describe("index.html, the page a new phone loads first", () => {
  it("draws the start-up picture inline, through the build's placeholder", () => {
    expect(html).toContain('<div class="boot-splash" aria-hidden="true"><!-- app icon -->');
    expect(standardIcon(' width="72"')).toMatch(/^<svg [^>]*viewBox="0 0 512 512" width="72">/);
  });

  it("shows no SVG file as an image: the tab's icon is a PNG", () => {
    expect(html).not.toMatch(/<img[^>]+\.svg/);
    expect(html).toMatch(
      /<link rel="icon" href="\/icons\/favicon-48\.png" sizes="48x48" type="image\/png" \/>/,
    );
    expect(html).not.toMatch(/rel="icon"[^>]+\.svg/);
  });
});
