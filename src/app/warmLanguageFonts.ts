import { LANGUAGE_NAMES, LANGUAGES } from "@/i18n";

const shown = () => document.visibilityState !== "hidden";

/**
 * Lets the phone draw and answer between two languages; false when the page is hidden, before or after
 * the wait: a page opened behind another gets a timer a second at most, and the list would wait for nothing.
 */
async function nextTaskWhileShown(): Promise<boolean> {
  if (!shown()) return false;
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return shown();
}

/**
 * The language list is a new phone's first screen: twelve names in six scripts, each the first text of
 * its font. Finding a font is slow the first time (on Linux, Chromium's trace shows a synchronous request
 * to the browser for each family, weight and size), so drawing the list at once was one long task of
 * 40–120 ms, during which the phone could not answer a tap. While the screen's code and texts load, this
 * lays out each language's name once, hidden, one language per task, with the list's own classes (so the
 * same font, weight and size). The list then finds its fonts ready. `npm run bench:fonts` measures it.
 * Resolves once every name was laid out and the hidden copies are gone: boot draws the list after that,
 * since a copy laid out beside the drawn screen would lay the whole screen out again.
 */
export async function warmLanguageFonts(): Promise<void> {
  const holder = document.createElement("div");
  holder.className = "font-warmup";
  holder.setAttribute("aria-hidden", "true");
  document.body.append(holder);
  const add = (className: string, lang: string, dir: "ltr" | "rtl", text: string) => {
    const span = document.createElement("span");
    span.className = className;
    span.lang = lang;
    span.dir = dir;
    span.textContent = text;
    holder.append(span);
  };
  // Reading a size lays the new text out now, in this task: that is when its fonts are looked up.
  const layOut = () => holder.getBoundingClientRect();
  try {
    // The French names first, together: one font, the regular weight.
    if (!(await nextTaskWhileShown())) return;
    for (const { code } of LANGUAGES) {
      add("language-choice__french", "fr", "ltr", LANGUAGE_NAMES[code].frenchName);
    }
    layOut();
    for (const { code, dir } of LANGUAGES) {
      if (!(await nextTaskWhileShown())) return;
      add("language-choice__endonym", code, dir, LANGUAGE_NAMES[code].endonym);
      layOut();
    }
  } finally {
    holder.remove();
  }
}
