import * as z from "zod/mini";

/**
 * A string schema matching `pattern`, as a plain predicate: zod's own checks would put their code in the
 * first screen's bundle (zod is shared with it), predicates cost nothing there.
 */
export function matching(pattern: RegExp) {
  return z.custom<string>((value) => typeof value === "string" && pattern.test(value));
}
