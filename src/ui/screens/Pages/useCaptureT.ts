import i18next, { type TFunction } from "i18next";
import { type Translation, useT } from "@/i18n";

/** The translate function of the capture screens: `common` keys as they are, capture keys as "capture:…". */
export type CaptureT = TFunction<["common", "capture"]>;

/** useT, with the capture namespace typed too (the route loads it before the screen shows). */
export function useCaptureT(): Omit<Translation, "t"> & { t: CaptureT } {
  const translation = useT();
  return { ...translation, t: i18next.getFixedT(null, ["common", "capture"]) };
}
