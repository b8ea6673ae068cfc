import type { Translate } from "./translate";

/** A text in French and, beside it, in the person's language (no `own` when that language is French). */
export interface Words {
  fr: string;
  own?: string;
}

/** Translates a key into French and the person's language at once. */
export type Bilingual = (key: string, options?: Record<string, unknown>) => Words;

/** Pairs two translators: French for the agent, `own` for the person (none when it is French too). */
export function bilingual(french: Translate, own?: Translate): Bilingual {
  return (key, options) => {
    const fr = french(key, options);
    return own ? { fr, own: own(key, options) } : { fr };
  };
}
