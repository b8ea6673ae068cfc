/** A text of the screen the help control was tapped on, with the key it names if any. */
export interface RememberedText {
  tag: string | null;
  text: string;
}

let remembered: { here: string; texts: RememberedText[] } | null = null;

/**
 * Keeps the listenable texts of the screen being left for help (its heading and `data-listen` texts), so
 * the help screen can show them in French and in the person's language side by side (issue #8 item 6).
 * Only in memory; the help screen shows only the ones it finds among the app's own texts.
 */
export function rememberScreen(here: string): void {
  const parts = document.querySelectorAll<HTMLElement>("main h1, main [data-listen]");
  remembered = {
    here,
    texts: [...parts].map((part) => ({
      tag: part.getAttribute("data-listen"),
      text: part.textContent ?? "",
    })),
  };
}

/** The texts of the screen left for help, when help was opened from `here`; else none. */
export function screenBeforeHelp(here: string): RememberedText[] {
  return remembered?.here === here ? remembered.texts : [];
}

/** Forgets the remembered screen (when Papiers locks while help is open). */
export function forgetScreenBeforeHelp(): void {
  remembered = null;
}
