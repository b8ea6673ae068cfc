import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useT } from "@/i18n";
import { TopBar } from "./TopBar/TopBar";

interface ScreenProps {
  /** The screen's heading, the first thing read aloud. */
  title: string;
  /** Where the back control leads; none on the home screen. */
  back?: string | undefined;
  /** This screen's own address, so help and language can come back to it. */
  here: string;
  children: ComponentChildren;
}

/** The frame of every screen: the top bar, then one main region with one heading. */
export function Screen({ title, back, here, children }: ScreenProps) {
  const { t } = useT();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    // Titles stay neutral: the app's name only, whatever the screen shows (UX.md §5.1).
    document.title = t("app.name");
    // Moving focus to the new screen lets screen readers announce it, as a page load would.
    main.current?.focus({ preventScroll: true });
  }, [t]);
  useEffect(() => {
    // A new step of the same screen (its address changed) took away the focused control: the keyboard
    // goes on from the screen's start, not from the top of the page. Focus still on a control stays.
    if (document.activeElement === document.body) main.current?.focus({ preventScroll: true });
  }, [here]);
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <TopBar back={back} here={here} />
      <main id="main" class="screen" ref={main} tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
