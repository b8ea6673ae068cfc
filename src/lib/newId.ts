/** A random identifier for a new record; random so ids reveal neither order nor count. */
export function newId(): string {
  return crypto.randomUUID();
}
