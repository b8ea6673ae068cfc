import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/preact";
import { IDBFactory } from "fake-indexeddb";
import type { ComponentChildren } from "preact";
import { LocationProvider } from "preact-iso";
import { afterEach } from "vitest";
import { followLanguageOnDocument, initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { closeDatabase } from "@/storage";

// Every namespace, as the routes load a screen's own before showing it (app/routes.ts).
const namespaces = readdirSync(join(import.meta.dirname, "..", "locales", "fr"))
  .filter((file) => file.endsWith(".json") && file !== "_meta.json")
  .map((file) => file.replace(/\.json$/, ""));

afterEach(async () => {
  cleanup();
  await closeDatabase();
});

/** Renders a screen as the app would, in the given language, on a fresh empty database. */
export async function renderScreen(ui: ComponentChildren, language: LanguageCode = "fr", url = "/") {
  globalThis.indexedDB = new IDBFactory();
  window.history.replaceState(null, "", url);
  await initI18n(language);
  await loadNamespaces(...namespaces);
  followLanguageOnDocument();
  return render(<LocationProvider>{ui}</LocationProvider>);
}
