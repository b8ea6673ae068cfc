/**
 * The SHA-256 (hex) of a text as a clip was recorded from it, Unicode-normalised (NFC) so the same words
 * typed differently hash alike. A clip whose hash differs from today's text is stale (UX.md §2.3).
 */
export async function textHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text.normalize("NFC"));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
