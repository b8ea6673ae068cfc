import type { Attempt } from "@/domain";
import type { IconName } from "@/ui/icons";

/** Each kind of attempt with its pictogram, in the order the law expects them (R.431-2). */
export const ATTEMPT_KINDS: ReadonlyArray<readonly [Attempt["kind"], IconName]> = [
  ["anefError", "screenshot"],
  ["cccCall", "headset"],
  ["panVisit", "building-bank"],
  ["messageSent", "mail-forward"],
  ["appointmentUnavailable", "calendar-x"],
];
