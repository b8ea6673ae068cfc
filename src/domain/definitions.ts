import { z } from "zod/mini";
import type { Condition } from "./condition";

// The schemas of the catalogue's records. The phone never runs them: the catalogue is compiled in and
// typed, and catalogue.test.ts and the build (scripts/write-catalogue.mjs) parse it with CatalogueSchema.
// Only their types leave through index.ts, so the first screen does not carry their zod code.

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The schema of a condition (recursive). */
export const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.literal(true),
    z.strictObject({ is: z.readonly(z.tuple([z.string(), z.string()])) }),
    z.strictObject({ in: z.readonly(z.tuple([z.string(), z.readonly(z.array(z.string()))])) }),
    z.strictObject({ all: z.readonly(z.array(ConditionSchema)) }),
    z.strictObject({ any: z.readonly(z.array(ConditionSchema)) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ from: isoDate }),
    z.strictObject({ until: isoDate }),
  ]),
);

/** A calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A public source address (https or http: some official copies are only served over http). */
export const SourceSchema = z.string().check(z.regex(/^https?:\/\/\S+$/));
const Id = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/));
const Sources = z.array(SourceSchema).check(z.minLength(1));

/** The rules a pièce must follow (annexe 10 header, DOMAIN.md §2). */
export const DocumentRulesSchema = z.strictObject({
  /** Safe maximum age in months (e.g. 3 for a proof of address). */
  maxAgeMonths: z.optional(z.number().check(z.int(), z.positive())),
  /** What the text itself accepts when it is longer (annexe 10: 6 months for a proof of address). */
  legalMaxAgeMonths: z.optional(z.number().check(z.int(), z.positive())),
  /** Must be translated by a sworn translator when not in French (annexe 10 header). */
  swornTranslation: z.boolean(),
  allPages: z.optional(z.boolean()),
  bothSides: z.optional(z.boolean()),
  /** The original is shown at the counter; a copy is filed. */
  originalAtCounter: z.optional(z.boolean()),
  /** Carries an expiry date (passport, titre): it must still be valid on the filing date. */
  expires: z.optional(z.boolean()),
  /** How many are needed (3 payslips, 3 photos). */
  count: z.optional(z.number().check(z.int(), z.positive())),
});
export type DocumentRules = z.infer<typeof DocumentRulesSchema>;

/** A pièce justificative: language-neutral; its words live in locales/<lang>/catalogue.json. */
export const DocumentDefinitionSchema = z.strictObject({
  id: Id,
  pictogram: Id,
  /** The official French name, shown beside every translation. */
  frenchName: z.string().check(z.minLength(3)),
  rules: DocumentRulesSchema,
  sources: Sources,
  lastVerified: IsoDateSchema,
  toConfirm: z.optional(z.boolean()),
});
export type DocumentDefinition = z.infer<typeof DocumentDefinitionSchema>;

/** One line of a procedure's list: a document, when it applies, why, and whether it is law or local. */
export const DocumentEntrySchema = z.strictObject({
  doc: Id,
  when: z.optional(ConditionSchema),
  /** Key under `reasons.` that says why this document applies to this person. */
  reason: z.optional(Id),
  /** Needed only in a case the questions do not ask about (a birth act set by a judge…): the reason says which. */
  conditional: z.optional(z.boolean()),
  /** Not in the law: "your préfecture may also ask for it". */
  local: z.optional(z.boolean()),
  /** Entries sharing a choice id are alternatives: one of them is enough. */
  choice: z.optional(Id),
  toConfirm: z.optional(z.boolean()),
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const CHANNELS = ["anef", "prefecture", "demarchesSimplifiees"] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/** A length of time: so many days or months. */
export const SpanSchema = z.strictObject({
  amount: z.number().check(z.int(), z.nonnegative()),
  unit: z.enum(["days", "months"]),
});
export type Span = z.infer<typeof SpanSchema>;

/** When to file: a window before the titre expires, a delay after an event, or no deadline. */
export const DeadlineRuleSchema = z.union([
  z.strictObject({
    kind: z.literal("beforeExpiry"),
    opens: SpanSchema,
    closes: SpanSchema,
    /** Filing after the window costs the late-renewal fee and loses the right to an API (§5.2). */
    lateFee: z.boolean(),
    sources: Sources,
    toConfirm: z.optional(z.boolean()),
  }),
  z.strictObject({
    kind: z.literal("afterEvent"),
    event: z.enum(["entry", "move", "filing"]),
    within: SpanSchema,
    sources: Sources,
    toConfirm: z.optional(z.boolean()),
  }),
  z.strictObject({ kind: z.literal("none") }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** A fee to pay for a procedure, possibly only in some situations. */
export const FeeLineSchema = z.strictObject({
  item: Id,
  when: z.optional(ConditionSchema),
  /** Whether this fee applies here at all is unverified (e.g. the droit de timbre for protected people). */
  toConfirm: z.optional(z.boolean()),
});
export type FeeLine = z.infer<typeof FeeLineSchema>;

/** A procedure (démarche): one titre, one case (first request, renewal, special case). */
export const ProcedureDefinitionSchema = z.strictObject({
  id: Id,
  /** Annexe 10 list code used by préfectures (CST 1, CSP 5, CR 1…), when one exists. */
  code: z.optional(z.string()),
  /** CESEDA article, or the bilateral agreement. */
  legalBasis: z.string().check(z.minLength(3)),
  /** The official French title, shown beside the plain words. */
  frenchTitle: z.string().check(z.minLength(3)),
  channel: ChannelSchema,
  appliesWhen: ConditionSchema,
  documents: z.array(DocumentEntrySchema).check(z.minLength(1)),
  fees: z.array(FeeLineSchema),
  deadline: DeadlineRuleSchema,
  /** Last day the procedure exists (métiers en tension: 31 Dec 2026). */
  endsOn: z.optional(IsoDateSchema),
  sources: Sources,
  lastVerified: IsoDateSchema,
  toConfirm: z.optional(z.boolean()),
});
export type ProcedureDefinition = z.infer<typeof ProcedureDefinitionSchema>;

/** A fee regime (the finance law in force from a date). */
export const FeeRegimeSchema = z.strictObject({
  id: Id,
  from: IsoDateSchema,
  frenchName: z.string(),
  sources: Sources,
  toConfirm: z.optional(z.boolean()),
});
export type FeeRegime = z.infer<typeof FeeRegimeSchema>;

/** A kind of fee, with its amount under each regime (null: amount unknown, "à confirmer"). */
export const FeeItemSchema = z.strictObject({
  id: Id,
  legalBasis: z.string(),
  frenchName: z.string(),
  amounts: z.array(
    z.strictObject({
      regime: Id,
      euros: z.nullable(z.number().check(z.nonnegative())),
      /** Part paid when filing, kept even if the request is refused. */
      atFilingEuros: z.optional(z.number().check(z.nonnegative())),
      toConfirm: z.optional(z.boolean()),
    }),
  ),
  sources: Sources,
});
export type FeeItem = z.infer<typeof FeeItemSchema>;

/** The whole catalogue: documents, procedures and fees, validated as one. */
export const CatalogueSchema = z.strictObject({
  version: IsoDateSchema,
  documents: z.array(DocumentDefinitionSchema),
  procedures: z.array(ProcedureDefinitionSchema),
  feeRegimes: z.array(FeeRegimeSchema),
  feeItems: z.array(FeeItemSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;
