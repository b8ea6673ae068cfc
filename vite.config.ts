import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { standardIcon } from "./scripts/appIcon.mjs";

const CORE = /node_modules\/(preact|i18next)\/|src\/i18n\/(i18n|languages|localeBackend|useT|direction)\.ts$/;
const src = fileURLToPath(new URL("./src", import.meta.url));
// The build's date, shown on the about screen so a social worker can tell which version a phone has.
process.env.VITE_APP_BUILD ??= new Date().toISOString().slice(0, 10);

/**
 * The start-up picture of index.html, drawn inline: an <img> of an SVG file is a document of its own,
 * parsed on the page's main thread (about 30 ms on a new browser, measured in Chromium's trace).
 */
const inlineAppIcon = (): Plugin => ({
  name: "papiers-inline-app-icon",
  transformIndexHtml: (html) =>
    html.replace("<!-- app icon -->", standardIcon(' width="72" height="72" focusable="false"')),
});

export default defineConfig({
  resolve: { alias: { "@": src } },
  build: {
    manifest: true,
    // Preact and i18n in one chunk, always: lazy code importing a few of those modules would otherwise split
    // them into extra first-screen files (each costs gzip and request overhead).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "core", test: CORE }] } } },
    target: "es2022",
    sourcemap: false,
    // Preload links in the page for the first screen's modules (no import waterfall on first visit), but
    // no preload lists inside the bundle for lazy screens: every file is precached, so they load locally.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? deps : []),
    },
  },
  plugins: [
    inlineAppIcon(),
    preact(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/service-worker",
      filename: "sw.ts",
      injectRegister: false,
      includeManifestIcons: false,
      injectManifest: {
        // Every locale chunk is JS, so a language never opened online still works offline.
        // Recorded prompts shipped in public/audio (none today) too; scripts/size.mjs counts them apart.
        globPatterns: ["**/*.{js,css,html,svg,png,ico,txt}", "audio/**/*.{json,opus,webm}"],
        globIgnores: ["**/node_modules/**", ".vite/**"],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      manifest: {
        id: "/",
        name: "Papiers — mon dossier de titre de séjour",
        short_name: "Papiers",
        description: "Préparer son dossier de titre de séjour, pas à pas, sans internet.",
        lang: "fr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        background_color: "#fffaf2",
        theme_color: "#1d4e89",
        // Photos and PDFs shared from other apps go to the share inbox (src/service-worker/sw.ts).
        share_target: {
          action: "/share-target",
          method: "POST",
          enctype: "multipart/form-data",
          params: { files: [{ name: "files", accept: ["image/*", "application/pdf"] }] },
        },
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
    }),
  ],
});
