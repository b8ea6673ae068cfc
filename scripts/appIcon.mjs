// The app icon's artwork (a sheet of paper with a green tick on a blue tile), drawn here: no external
// assets. scripts/icons.mjs exports it as files; vite.config.ts inlines it in the start-up picture.

/** The artwork on a 512×512 canvas, without background. */
const artwork = `
  <g>
    <path d="M150 92h160l72 72v236a20 20 0 0 1-20 20H150a20 20 0 0 1-20-20V112a20 20 0 0 1 20-20z" fill="#ffffff"/>
    <path d="M310 92v52a20 20 0 0 0 20 20h52z" fill="#c9d8ec"/>
    <rect x="170" y="190" width="150" height="18" rx="9" fill="#8fa9cc"/>
    <rect x="170" y="232" width="180" height="18" rx="9" fill="#8fa9cc"/>
    <rect x="170" y="274" width="110" height="18" rx="9" fill="#8fa9cc"/>
    <circle cx="338" cy="356" r="74" fill="#2e8b57" stroke="#ffffff" stroke-width="14"/>
    <path d="M300 358l26 26 50-54" fill="none" stroke="#ffffff" stroke-width="20" stroke-linecap="round" stroke-linejoin="round"/>
  </g>`;

/** The icon on its rounded blue tile; `attributes` go on the <svg> element (e.g. a size). */
export const standardIcon = (attributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"${attributes}>
  <rect width="512" height="512" rx="112" fill="#1d4e89"/>${artwork}</svg>`;

/** Maskable icons are cropped to a circle of 80 % of their width: the artwork shrinks into that zone. */
export const maskableIcon = () => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#1d4e89"/>
  <g transform="translate(64 64) scale(0.75)">${artwork}</g></svg>`;
