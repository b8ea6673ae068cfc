import { createElement } from "preact";
import { dossierIcons } from "./dossierIcons";

/** An icon of the dossier screens (Tabler, MIT; the list is in scripts/extract-icons.mjs). */
export type DossierIconName = keyof typeof dossierIcons;

/** The shapes of a dossier icon. */
export function dossierIconShapes(
  name: DossierIconName,
): ReadonlyArray<readonly [string, Readonly<Record<string, string>>]> {
  return dossierIcons[name];
}

/** Whether a name from the catalogue data is an icon the dossier screens carry. */
export function isDossierIconName(name: string): name is DossierIconName {
  return Object.hasOwn(dossierIcons, name);
}

/**
 * A decorative icon of the dossier screens; the visible label next to it carries the meaning. Kept apart
 * from `Icon` (ui/icons) so the first screen does not carry the dossier's shapes.
 */
export function DossierIcon({ name }: { name: DossierIconName }) {
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
    >
      {dossierIconShapes(name).map(([tag, attributes], index) =>
        createElement(tag, { key: index, ...attributes }),
      )}
    </svg>
  );
}
