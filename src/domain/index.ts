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
} from "./deadlines";
export {
  type Attempt,
  type AttemptKind,
  AttemptSchema,
  CalendarDateSchema,
  type CurrentPermit,
  CurrentPermitSchema,
  type FollowUpEvent,
  FollowUpEventSchema,
} from "./followUp";
export { IDENTITY_FIELDS, type Identity, IdentitySchema } from "./identity";
export { type NextStep, nextStep, ruleOf } from "./nextStep";
