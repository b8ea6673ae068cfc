// Exports the app icon (scripts/appIcon.mjs) as the files the web app manifest and the page need.
import { mkdirSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { maskableIcon, standardIcon } from "./appIcon.mjs";

const standard = standardIcon();
const maskable = maskableIcon();

const out = new URL("../public/icons/", import.meta.url);
mkdirSync(out, { recursive: true });

/** Renders one SVG string to a square PNG of the given size. */
function png(svg, size) {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

writeFileSync(new URL("icon.svg", out), standard);
// The tab's icon is a PNG: an SVG one is parsed as a document of its own on the page's main thread.
writeFileSync(new URL("favicon-48.png", out), png(standard, 48));
writeFileSync(new URL("icon-192.png", out), png(standard, 192));
writeFileSync(new URL("icon-512.png", out), png(standard, 512));
writeFileSync(new URL("icon-maskable-512.png", out), png(maskable, 512));
writeFileSync(new URL("apple-touch-icon.png", out), png(maskable, 180));
