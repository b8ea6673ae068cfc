// Pseudo-locales for layout tests only (UX.md §3.6): generated from French, never shipped or precached.
import type { LocaleTree } from "./localeChecks";

/** What must stay as written: i18next placeholders and nesting ("{{date}}", "$t(common:app.name)"). */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** Applies `change` to the prose of a text, leaving placeholders untouched. */
const prose = (text: string, change: (part: string) => string) =>
  text
    .split(KEEP)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join("");

const ACCENTS: Record<string, string> = {
  a: "à",
  b: "ƀ",
  c: "ç",
  d: "đ",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ö",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ŧ",
  u: "ü",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
};

/**
 * Accented pseudo-locale ("en-XA" style): every Latin letter accented, about 35 % longer (padding of
 * "·" split into words, so it wraps like real text), in brackets so a cut end shows: "[Ŝàvéŕ ···]".
 */
export function accented(text: string): string {
  if (text.trim() === "") return text;
  const changed = prose(text, (part) =>
    [...part].map((char) => ACCENTS[char] ?? ACCENTS[char.toLowerCase()]?.toUpperCase() ?? char).join(""),
  );
  const extra = Math.max(1, Math.round(text.length * 0.35));
  const padding = "·".repeat(extra).replace(/(·{6})(?=·)/g, "$1 ");
  return `[${changed} ${padding}]`;
}

const FLIPPED: Record<string, string> = {
  a: "ɐ",
  b: "q",
  c: "ɔ",
  d: "p",
  e: "ǝ",
  f: "ɟ",
  g: "ƃ",
  h: "ɥ",
  i: "ı",
  j: "ɾ",
  k: "ʞ",
  l: "ʅ",
  m: "ɯ",
  n: "u",
  p: "d",
  q: "b",
  r: "ɹ",
  t: "ʇ",
  u: "n",
  v: "ʌ",
  w: "ʍ",
  y: "ʎ",
};

/**
 * Bidi pseudo-locale ("ar-XB" style): Latin letters turned upside down and each text wrapped in a
 * right-to-left override, so a page shown right to left behaves like Arabic before any translation.
 */
export function bidi(text: string): string {
  if (text.trim() === "") return text;
  const changed = prose(text, (part) => [...part].map((char) => FLIPPED[char] ?? char).join(""));
  return `\u202e${changed}\u202c`;
}

/** A whole namespace with every text changed. */
export function pseudoTree(tree: LocaleTree, change: (text: string) => string): LocaleTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === "string" ? change(value) : pseudoTree(value, change),
    ]),
  );
}
