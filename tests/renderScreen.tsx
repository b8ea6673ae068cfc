import { cleanup, render } from "@testing-library/preact";
import { IDBFactory } from "fake-indexeddb";
import type { ComponentChildren } from "preact";
import { LocationProvider } from "preact-iso";
import { afterEach } from "vitest";
import { followLanguageOnDocument, initI18n, type LanguageCode } from "@/i18n";
import { closeDatabase } from "@/storage";

afterEach(async () => {
  cleanup();
  await closeDatabase();
});

/** Renders a screen as the app would, in the given language, on a fresh empty database. */
export async function renderScreen(ui: ComponentChildren, language: LanguageCode = "fr", url = "/") {
  globalThis.indexedDB = new IDBFactory();
  window.history.replaceState(null, "", url);
  await initI18n(language);
  followLanguageOnDocument();
  return render(<LocationProvider>{ui}</LocationProvider>);
}
