import i18next from "i18next";

/**
 * A plain translate function fixed to one language, for outputs built outside components (letters in
 * French for the préfecture, the same letter in the person's language to explain it).
 */
export function translatorFor(language: string): (key: string, options?: Record<string, unknown>) => string {
  const t = i18next.getFixedT(language);
  return (key, options) => String(t(key as never, options as never));
}
