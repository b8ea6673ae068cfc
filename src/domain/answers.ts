import { z } from "zod/mini";

/** What the person needs to do (the first question). */
export const NEEDS = ["arrived", "first", "renewal", "lost", "change", "childTravel"] as const;
/** Why the person is in France: the ground (motif) of the titre. */
export const GROUNDS = ["family", "work", "studies", "health", "protection", "longStay"] as const;
/** The precise ground inside family, work and protection. */
export const DETAILS = {
  family: ["spouseOfFrench", "parentOfFrenchChild", "personalTies"],
  work: ["employee", "newJob", "jobLost", "talent", "shortage", "jobSearch"],
  protection: ["refugee", "subsidiary", "ukraine"],
} as const;
const ALL_DETAILS = [...DETAILS.family, ...DETAILS.work, ...DETAILS.protection] as const;

export const NeedSchema = z.enum(NEEDS);
export const GroundSchema = z.enum(GROUNDS);
export const DetailSchema = z.enum(ALL_DETAILS);
export type Need = z.infer<typeof NeedSchema>;
export type Ground = z.infer<typeof GroundSchema>;
export type Detail = z.infer<typeof DetailSchema>;

/** One reason (motif) to be in France; a person may have several (ANEF takes only one). */
export const ReasonSchema = z.strictObject({
  ground: z.optional(GroundSchema),
  detail: z.optional(DetailSchema),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** The facts asked once for the whole dossier, whatever the reason. */
export const COMMON_FACTS = {
  card: ["vlsts", "temporary", "multiYear", "resident"],
  entry: ["withVisa", "withoutVisa"],
  talentKind: ["qualified", "blueCard", "business"],
  lostHow: ["lost", "stolen"],
  changeKind: ["address", "civilStatus"],
  nationality: ["dz", "ma", "tn", "other"],
  married: ["married", "pacs", "single"],
  children: ["yes", "no"],
  housing: ["own", "hosted", "hotel"],
} as const;
export type CommonFact = keyof typeof COMMON_FACTS;

/** The person's answers to the guided questions (stored as one record, autosaved on every tap). */
export const AnswersSchema = z.strictObject({
  need: z.optional(NeedSchema),
  reasons: z.array(ReasonSchema),
  card: z.optional(z.enum(COMMON_FACTS.card)),
  entry: z.optional(z.enum(COMMON_FACTS.entry)),
  talentKind: z.optional(z.enum(COMMON_FACTS.talentKind)),
  lostHow: z.optional(z.enum(COMMON_FACTS.lostHow)),
  changeKind: z.optional(z.enum(COMMON_FACTS.changeKind)),
  nationality: z.optional(z.enum(COMMON_FACTS.nationality)),
  married: z.optional(z.enum(COMMON_FACTS.married)),
  children: z.optional(z.enum(COMMON_FACTS.children)),
  housing: z.optional(z.enum(COMMON_FACTS.housing)),
});
export type Answers = z.infer<typeof AnswersSchema>;

/** Answers before the first tap. */
export const NO_ANSWERS: Answers = { reasons: [{}] };
