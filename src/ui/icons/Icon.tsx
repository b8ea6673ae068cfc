import { createElement } from "preact";
import { coreIcons } from "./coreIcons";
import type { tablerIcons } from "./tablerIcons";

/** An interface icon name (Tabler, MIT). */
export type IconName = keyof typeof coreIcons | keyof typeof tablerIcons;
type Shape = ReadonlyArray<readonly [string, Readonly<Record<string, string>>]>;

// The first screens' icons are in the main bundle; the others arrive with the first lazy screen, which
// waits for loadIcons() before it renders (app/App.tsx), so no icon ever shows up late.
const registry: Partial<Record<IconName, Shape>> = { ...coreIcons };
let loading: Promise<void> | undefined;

/** Loads every other icon once; screens loaded lazily wait for it. */
export function loadIcons(): Promise<void> {
  loading ??= import("./tablerIcons").then(({ tablerIcons: rest }) => {
    Object.assign(registry, rest);
  });
  return loading;
}

// Icons whose meaning follows the reading direction flip in right-to-left languages (UX.md §3.2).
// Clocks, ticks, the camera and media icons never flip.
const mirrorInRtl: ReadonlySet<IconName> = new Set<IconName>(["arrow-left", "arrow-right", "arrow-back-up"]);

/** A decorative SVG icon; the visible label next to it carries the meaning. */
export function Icon({ name }: { name: IconName }) {
  const shape = registry[name];
  if (!shape && import.meta.env.DEV) console.warn(`Icon "${name}" rendered before loadIcons()`);
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
      data-mirror={mirrorInRtl.has(name) ? "" : undefined}
    >
      {shape?.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
}
