/**
 * Returns `value` when it is an address inside Papiers ("/help"), else undefined. Used for "come back
 * to" parameters, so a crafted link can never send the person to another site.
 */
export function safeInternalPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return undefined;
  if (/[\\\s]/.test(value)) return undefined;
  return value;
}
