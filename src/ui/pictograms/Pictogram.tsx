import { createElement } from "preact";
import { type DossierIconName, dossierIconShapes } from "./DossierIcon";
import { type PictogramName, type PictogramTone, pictograms } from "./pictograms";

const tones: Record<PictogramTone, { fill: string; ink: string }> = {
  paper: { fill: "#fffdf7", ink: "#1f2933" },
  green: { fill: "#d9f2dc", ink: "#1b5e20" },
  blue: { fill: "#dbe9fb", ink: "#1d4e89" },
  navy: { fill: "#1d3557", ink: "#f1e3b5" },
  teal: { fill: "#cfeeee", ink: "#0f5557" },
  brown: { fill: "#7a5230", ink: "#fbe9d0" },
  grey: { fill: "#eceff1", ink: "#37474f" },
};

/** The base shape, drawn in a 48 × 48 box with the tone's colours. */
function Base({ base, fill, ink }: { base: string; fill: string; ink: string }) {
  const line = { stroke: ink, "stroke-width": 2, "stroke-linecap": "round" as const };
  switch (base) {
    case "card":
      return (
        <>
          <rect x="3" y="10" width="42" height="28" rx="4" fill={fill} stroke={ink} stroke-width="2" />
          <rect x="8" y="15" width="11" height="14" rx="2" fill="#fff" stroke={ink} stroke-width="1.5" />
          <circle cx="13.5" cy="20" r="2.5" fill={ink} />
          <line x1="24" y1="18" x2="39" y2="18" {...line} />
          <line x1="24" y1="24" x2="36" y2="24" {...line} />
          <line x1="8" y1="33" x2="39" y2="33" {...line} stroke-dasharray="2 2" />
        </>
      );
    case "booklet":
      return (
        <>
          <rect x="9" y="3" width="30" height="42" rx="3" fill={fill} stroke="#1f2933" stroke-width="2" />
          <line x1="14" y1="38" x2="34" y2="38" {...line} />
        </>
      );
    case "stamp":
      return (
        <rect
          x="6"
          y="6"
          width="36"
          height="36"
          rx="2"
          fill={fill}
          stroke={ink}
          stroke-width="2"
          stroke-dasharray="3 2"
        />
      );
    case "photos":
      return (
        <>
          {[4, 26].map((x) => (
            <g key={x}>
              <rect x={x} y="8" width="18" height="24" rx="2" fill={fill} stroke={ink} stroke-width="2" />
              <circle cx={x + 9} cy="17" r="4" fill={ink} />
              <path d={`M${x + 3} 31c1-5 4-7 6-7s5 2 6 7`} fill={ink} />
            </g>
          ))}
          <rect x="15" y="35" width="18" height="9" rx="2" fill="#fff" stroke={ink} stroke-width="1.5" />
        </>
      );
    default:
      return (
        <>
          <path d="M9 3h21l9 9v33H9z" fill={fill} stroke={ink} stroke-width="2" stroke-linejoin="round" />
          <path d="M30 3v9h9" fill="none" stroke={ink} stroke-width="2" stroke-linejoin="round" />
          <line x1="14" y1="37" x2="34" y2="37" {...line} />
          <line x1="14" y1="41" x2="28" y2="41" {...line} />
        </>
      );
  }
}

/** A concrete document pictogram (decorative: the document's name is always written beside it). */
export function Pictogram({ name }: { name: PictogramName }) {
  const spec: { base: string; tone: PictogramTone; emblem?: DossierIconName } = pictograms[name];
  const { fill, ink } = tones[spec.tone];
  const emblemY = spec.base === "card" ? 12 : spec.base === "booklet" ? 10 : 9;
  return (
    <svg class="pictogram" viewBox="0 0 48 48" aria-hidden="true" focusable="false" data-pictogram={name}>
      <Base base={spec.base} fill={fill} ink={ink} />
      {spec.emblem ? (
        <g
          transform={`translate(${spec.base === "card" ? 22 : 12} ${emblemY}) scale(${spec.base === "card" ? 0.7 : 1})`}
          fill="none"
          stroke={ink}
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        >
          {dossierIconShapes(spec.emblem).map(([tag, attributes], index) =>
            createElement(tag, { key: index, ...attributes }),
          )}
        </g>
      ) : null}
    </svg>
  );
}
