/**
 * The name of one document's upload file: its bordereau number on two digits and its official French
 * name in plain lower-case letters, e.g. "03-justificatif-de-domicile.pdf" (upload forms refuse
 * accents, spaces and long names more often than plain ones).
 */
export function uploadFileName(number: number, frenchName: string): string {
  const slug = frenchName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/Œ/g, "OE")
    .replace(/Æ/g, "AE")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Long official names are cut after a whole word.
  const short = slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf("-", 60));
  return `${String(number).padStart(2, "0")}-${short || "piece"}.pdf`;
}
