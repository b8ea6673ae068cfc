/** The app icon on its rounded tile, as SVG markup; `attributes` go on the <svg> element. */
export function standardIcon(attributes?: string): string;
/** The maskable icon, its artwork inside the safe zone. */
export function maskableIcon(): string;
