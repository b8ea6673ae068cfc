import type { JSX } from "preact";

/** The pictures people choose instead of a name: friendly, culturally neutral things (no flags, symbols or hands). */
export const AVATARS = [
  "cat",
  "fish",
  "bird",
  "tree",
  "flower",
  "sun",
  "apple",
  "cup",
  "umbrella",
  "boat",
  "bicycle",
  "mountain",
] as const;
export type AvatarId = (typeof AVATARS)[number];

/** True for a picture Papiers can draw. */
export const isAvatarId = (value: string): value is AvatarId => AVATARS.some((id) => id === value);

const s = {
  stroke: "#1c1b1a",
  "stroke-width": 2,
  "stroke-linejoin": "round",
  "stroke-linecap": "round",
} as const;

// Each picture is a few plain shapes on a 64 × 64 grid, drawn for Papiers.
const drawings: Record<AvatarId, JSX.Element> = {
  cat: (
    <g {...s}>
      <path d="M14 22 L18 8 L28 18 Z M50 22 L46 8 L36 18 Z" fill="#e8913a" />
      <circle cx="32" cy="34" r="20" fill="#e8913a" />
      <circle cx="25" cy="31" r="2.5" fill="#1c1b1a" />
      <circle cx="39" cy="31" r="2.5" fill="#1c1b1a" />
      <path d="M29 39 L32 42 L35 39 M12 38 L22 40 M12 44 L22 42 M52 38 L42 40 M52 44 L42 42" fill="none" />
    </g>
  ),
  fish: (
    <g {...s}>
      <path d="M44 32 L58 20 L58 44 Z" fill="#2f7fc1" />
      <ellipse cx="30" cy="32" rx="22" ry="14" fill="#4aa3df" />
      <circle cx="18" cy="29" r="2.5" fill="#1c1b1a" />
    </g>
  ),
  bird: (
    <g {...s}>
      <circle cx="30" cy="36" r="18" fill="#f2c230" />
      <path d="M46 30 L58 34 L46 38 Z" fill="#e8913a" />
      <ellipse cx="26" cy="40" rx="10" ry="6" fill="#d9a21b" />
      <circle cx="38" cy="30" r="2.5" fill="#1c1b1a" />
      <path d="M26 54 L24 60 M34 54 L36 60" fill="none" />
    </g>
  ),
  tree: (
    <g {...s}>
      <rect x="27" y="38" width="10" height="20" fill="#8b5a2b" />
      <circle cx="32" cy="26" r="18" fill="#3a9d4f" />
    </g>
  ),
  flower: (
    <g {...s}>
      <path d="M32 38 L32 60 M32 50 Q40 44 44 48" fill="none" stroke="#2e7d32" stroke-width="3" />
      <circle cx="32" cy="12" r="8" fill="#e35d8f" />
      <circle cx="44" cy="22" r="8" fill="#e35d8f" />
      <circle cx="40" cy="36" r="8" fill="#e35d8f" />
      <circle cx="24" cy="36" r="8" fill="#e35d8f" />
      <circle cx="20" cy="22" r="8" fill="#e35d8f" />
      <circle cx="32" cy="25" r="7" fill="#f2c230" />
    </g>
  ),
  sun: (
    <g {...s}>
      <path
        d="M32 4 V12 M32 52 V60 M4 32 H12 M52 32 H60 M12 12 L18 18 M46 46 L52 52 M52 12 L46 18 M18 46 L12 52"
        fill="none"
        stroke="#d98a00"
        stroke-width="4"
      />
      <circle cx="32" cy="32" r="15" fill="#f5b700" />
    </g>
  ),
  apple: (
    <g {...s}>
      <path
        d="M32 18 C20 10 8 20 12 36 C15 50 24 58 32 54 C40 58 49 50 52 36 C56 20 44 10 32 18 Z"
        fill="#d93b30"
      />
      <path d="M32 18 L33 8" fill="none" />
      <ellipse cx="40" cy="9" rx="6" ry="3" fill="#3a9d4f" />
    </g>
  ),
  cup: (
    <g {...s}>
      <ellipse cx="30" cy="54" rx="22" ry="5" fill="#c9c2b5" />
      <path d="M14 22 H46 V42 C46 50 40 52 30 52 C20 52 14 50 14 42 Z" fill="#4aa3df" />
      <path d="M46 27 C56 27 56 41 46 40" fill="none" stroke-width="3" />
      <path d="M24 8 Q21 12 24 16 M32 8 Q29 12 32 16" fill="none" />
    </g>
  ),
  umbrella: (
    <g {...s}>
      <path d="M6 34 A26 24 0 0 1 58 34 Z" fill="#8e44ad" />
      <path d="M32 34 V52 A5 5 0 0 1 22 52" fill="none" stroke-width="3" />
    </g>
  ),
  boat: (
    <g {...s}>
      <path d="M32 8 V40" fill="none" />
      <path d="M34 10 L52 36 H34 Z" fill="#ffffff" />
      <path d="M8 42 H56 L48 54 H16 Z" fill="#b5562b" />
      <path d="M4 58 Q12 54 20 58 T36 58 T52 58 T60 58" fill="none" stroke="#2f7fc1" />
    </g>
  ),
  bicycle: (
    <g {...s} fill="none" stroke-width="3">
      <circle cx="16" cy="42" r="11" />
      <circle cx="48" cy="42" r="11" />
      <path d="M16 42 L26 24 H44 L48 42 M26 24 L32 42 L44 24 M22 18 H30 M44 24 L42 16 H48" stroke="#c0392b" />
    </g>
  ),
  mountain: (
    <g {...s}>
      <path d="M2 56 L24 16 L46 56 Z" fill="#7f8c8d" />
      <path d="M24 56 L42 26 L62 56 Z" fill="#95a5a6" />
      <path d="M17 29 L24 16 L31 29 L27 26 L24 30 L20 26 Z" fill="#ffffff" />
    </g>
  ),
};

/** A person's picture; decorative, since a visible label always names it. */
export function Avatar({ id, size = 64 }: { id: string; size?: number }) {
  return (
    <svg class="avatar" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      {isAvatarId(id) ? drawings[id] : <circle cx="32" cy="32" r="24" fill="#c9c2b5" />}
    </svg>
  );
}
