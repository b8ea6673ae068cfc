import "i18next";
import type common from "../../locales/fr/common.json";
import type followup from "../../locales/fr/followup.json";
import type paper from "../../locales/fr/paper.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof common; followup: typeof followup; paper: typeof paper };
  }
}
