import { createElement } from "preact";
import { tablerIcons } from "./tablerIcons";

/** An interface icon name (Tabler, MIT). */
export type IconName = keyof typeof tablerIcons;

// Icons whose meaning follows the reading direction flip in right-to-left languages (UX.md §3.2).
// Clocks, ticks, the camera and media icons never flip.
const mirrorInRtl: ReadonlySet<IconName> = new Set<IconName>(["arrow-left", "arrow-right", "arrow-back-up"]);

/** A decorative SVG icon; the visible label next to it carries the meaning. */
export function Icon({ name }: { name: IconName }) {
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
      {tablerIcons[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
}
