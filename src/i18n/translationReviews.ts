import * as z from "zod/mini";

/** Who wrote a language's texts and whether a native speaker has reviewed them (ARCHITECTURE.md §7.4). */
export const TranslationReviewSchema = z.object({
  review: z.enum(["source", "needs native review", "reviewed"]),
  source: z.string(),
  reviewer: z.optional(z.string()),
  reviewedOn: z.optional(z.string()),
});
export type TranslationReview = z.infer<typeof TranslationReviewSchema>;

const metaFiles = import.meta.glob<unknown>("/locales/*/_meta.json", { eager: true, import: "default" });

/** The review status of every shipped language, keyed by language code. */
export function translationReviews(): Record<string, TranslationReview> {
  return Object.fromEntries(
    Object.entries(metaFiles).map(([path, meta]) => [
      path.split("/")[2] ?? path,
      TranslationReviewSchema.parse(meta),
    ]),
  );
}
