export {
  type Answers,
  AnswersSchema,
  COMMON_FACTS,
  type CommonFact,
  DETAILS,
  type Detail,
  GROUNDS,
  type Ground,
  NEEDS,
  type Need,
  NO_ANSWERS,
  type Reason,
  ReasonSchema,
} from "./answers";
export {
  type Because,
  type Checklist,
  type ChecklistItem,
  checklistFor,
  GROUPS,
  type Group,
  groupOf,
  type MatchedProcedure,
} from "./checklistFor";
export {
  type Condition,
  evaluateCondition,
  type Facts,
  factsReadBy,
  TODAY_FACT,
} from "./condition";
export {
  type AttestationPhase,
  attestationPhase,
  DEADLINE_SOURCES,
  ENDING_SOON_DAYS,
  type Freshness,
  freshnessOn,
  LATE_FEE,
  type LateConsequence,
  type RenewalPhase,
  type RenewalRule,
  type RenewalStatus,
  type RenewalWindow,
  renewalStatus,
  renewalWindow,
  ruleOf,
} from "./deadlines";
export type {
  Catalogue,
  Channel,
  DeadlineRule,
  DocumentDefinition,
  DocumentEntry,
  DocumentRules,
  FeeItem,
  FeeLine,
  FeeRegime,
  ProcedureDefinition,
  Span,
} from "./definitions";
export {
  checklistFreshness,
  countStale,
  type DateKind,
  type DocumentDates,
  DocumentDatesSchema,
  dateKindOf,
  documentFreshness,
  type FreshnessCheck,
  type FreshnessWarning,
  warnedState,
  warningOf,
} from "./documentFreshness";
export { FACT_NAMES, factsOf, isoDay } from "./facts";
export { type FeeQuote, feesFor, regimeOn } from "./feesFor";
export {
  type Attempt,
  type AttemptKind,
  AttemptSchema,
  CalendarDateSchema,
  CCC_PHONE,
  type CurrentPermit,
  CurrentPermitSchema,
  FILING_CHANNELS,
  type FilingChannel,
  type FollowUpEvent,
  FollowUpEventSchema,
} from "./followUp";
export { IDENTITY_FIELDS, type Identity, IdentitySchema } from "./identity";
export { type NextStep, nextStep } from "./nextStep";
export { type FilingBasis, type PlannedFiling, plannedFilingDate } from "./plannedFilingDate";
export { procedureIcon } from "./procedureIcon";
export { missingOf, type Progress, progressOf } from "./progressOf";
export {
  answerAt,
  CHOICE_ICONS,
  choicesOf,
  firstOpenStep,
  type QuestionId,
  type Step,
  stepsFor,
} from "./questions";
export {
  DOCUMENT_STATUSES,
  type DocumentStatus,
  type DocumentStatusRecord,
  DocumentStatusRecordSchema,
  DocumentStatusSchema,
} from "./status";
export { withAnotherReason, withAnswer } from "./withAnswer";
