// The characters of Windows-1252 beyond Latin-1 (PDF 32000-1:2008 Annex D, WinAnsiEncoding).
const EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/**
 * The text as the PDF standard fonts can write it (WinAnsiEncoding), or undefined when it holds a
 * character they cannot: a name in Arabic or Tigrinya script is then left blank to be written by hand,
 * never transliterated or cut.
 */
export function toWinAnsi(text: string): string | undefined {
  const clean = text
    .normalize("NFC")
    .replace(/[\t\n\r]+/g, " ")
    .replace(/\u202f/g, "\u00a0");
  for (const char of clean) {
    const code = char.codePointAt(0) ?? 0;
    const latin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff);
    if (!latin1 && !EXTRAS.includes(char)) return undefined;
  }
  return clean;
}
