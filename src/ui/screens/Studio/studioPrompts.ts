import { textHash } from "@/lib/textHash";
import { listenableKeys, loadAllTexts, textIn } from "@/ui/hooks/listenTexts";

/** One text to record: its key, its part (namespace), the French and the target wording. */
export interface Prompt {
  key: string;
  part: string;
  french: string;
  target: string | undefined;
  /** Hash of the target wording, the one a clip must carry to be fresh. */
  targetHash: string | undefined;
}

/** Every prompt of a language, in the order of the French source, grouped by part. */
export async function studioPrompts(language: string): Promise<Prompt[]> {
  await loadAllTexts(language);
  const groups = listenableKeys();
  return Promise.all(
    groups.flatMap((group) =>
      group.keys.map(async (key) => {
        const target = textIn(language, key);
        return {
          key,
          part: group.namespace,
          french: textIn("fr", key) ?? "",
          target,
          targetHash: target === undefined ? undefined : await textHash(target),
        };
      }),
    ),
  );
}

/** Whether a prompt has a clip made from today's text, an outdated one, or none. */
export type PromptStatus = "recorded" | "stale" | "missing";

/** The status of a prompt given the text hashes of the language's clips. */
export function statusOf(prompt: Prompt, clipHashes: ReadonlyMap<string, string>): PromptStatus {
  const clipHash = clipHashes.get(prompt.key);
  if (clipHash === undefined) return "missing";
  return clipHash === prompt.targetHash ? "recorded" : "stale";
}
