import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/preact";
import { IDBFactory } from "fake-indexeddb";
import type { ComponentChildren } from "preact";
import { LocationProvider } from "preact-iso";
import { afterEach } from "vitest";
import { followLanguageOnDocument, initI18n, type LanguageCode, loadNamespaces } from "@/i18n";
import { closeDatabase } from "@/storage";
import { loadIcons } from "@/ui/icons";

/** Every locale namespace the French source has. */
const namespaces = readdirSync(join(import.meta.dirname, "..", "locales", "fr"))
  .filter((file) => file.endsWith(".json") && file !== "_meta.json")
  .map((file) => file.replace(/\.json$/, ""));

afterEach(async () => {
  cleanup();
  await closeDatabase();
});

/** Starts i18n in a language with every namespace, on a fresh empty database (before seeding data). */
export async function prepareScreen(language: LanguageCode = "fr"): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await initI18n(language);
  await loadNamespaces(...namespaces);
  await loadIcons();
  followLanguageOnDocument();
}

/** Renders a screen as the app would, in the given language; `keepDatabase` keeps seeded data. */
export async function renderScreen(
  ui: ComponentChildren,
  language: LanguageCode = "fr",
  url = "/",
  options: { keepDatabase?: boolean } = {},
) {
  if (options.keepDatabase) {
    await initI18n(language);
    await loadNamespaces(...namespaces);
  } else {
    await prepareScreen(language);
  }
  window.history.replaceState(null, "", url);
  return render(<LocationProvider>{ui}</LocationProvider>);
}
