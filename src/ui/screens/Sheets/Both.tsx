import { createContext, h } from "preact";
import { useContext } from "preact/hooks";
import type { Words } from "@/print";

/** The person's language on a sheet: the second column beside French (none when it is French). */
export interface SheetLanguage {
  lang: string;
  dir: "ltr" | "rtl";
}

/** The second language of the sheet being drawn. */
export const SheetLanguageContext = createContext<SheetLanguage>({ lang: "fr", dir: "ltr" });

interface BothProps {
  words: Words;
  as?: "span" | "div" | "h2" | "h3" | "p";
  class?: string;
  id?: string;
}

/**
 * A text in French and, beside it, in the person's language, each with its own `lang` and `dir`: two
 * columns on A4 and wide screens, one under the other on a phone (summary.css).
 */
export function Both({ words, as = "span", class: className, id }: BothProps) {
  const own = useContext(SheetLanguageContext);
  const paired = words.own !== undefined;
  // h() with a tag name: a JSX tag typed from every intrinsic element makes type checking crawl.
  return h(
    as,
    { class: ["both", className].filter(Boolean).join(" "), "data-pair": paired ? "" : undefined, id },
    <span lang="fr" dir="ltr">
      {words.fr}
    </span>,
    paired && (
      <span lang={own.lang} dir={own.dir}>
        {words.own}
      </span>
    ),
  );
}

/** A line to fill by hand where a fact is missing: never a guess. */
export function BlankLine() {
  return <span class="sheet__blank" />;
}
