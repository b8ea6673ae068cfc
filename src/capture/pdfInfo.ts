/** What Papiers learns from a PDF without rendering it. */
export type PdfInfo = { ok: true; pageCount: number } | { ok: false; reason: "pdfEncrypted" | "pdfDamaged" };

/**
 * Counts pages and spots encrypted or broken PDFs with a light scan of the file's text (PDF 32000-1:2008
 * §7.5 trailer, §7.6 /Encrypt, §7.7.3 page tree). Pages hidden in compressed object streams are counted
 * from the page tree's largest /Count instead. Refuses rather than guesses.
 */
export function pdfInfo(bytes: Uint8Array): PdfInfo {
  const text = new TextDecoder("latin1").decode(bytes);
  const start = text.indexOf("%PDF-");
  if (start < 0 || start > 1024) return { ok: false, reason: "pdfDamaged" };
  // A complete file ends with %%EOF (some writers add a few bytes after it).
  if (!text.slice(-2048).includes("%%EOF")) return { ok: false, reason: "pdfDamaged" };
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text)) return { ok: false, reason: "pdfEncrypted" };
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  let largestCount = 0;
  for (const match of text.matchAll(
    /\/Type\s*\/Pages[\s\S]{0,200}?\/Count\s+(\d+)|\/Count\s+(\d+)[\s\S]{0,200}?\/Type\s*\/Pages/g,
  )) {
    largestCount = Math.max(largestCount, Number(match[1] ?? match[2]));
  }
  const pageCount = Math.max(pages, largestCount);
  if (pageCount === 0) return { ok: false, reason: "pdfDamaged" };
  return { ok: true, pageCount };
}
