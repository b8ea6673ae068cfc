import "i18next";
import type capture from "../../locales/fr/capture.json";
import type common from "../../locales/fr/common.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof common; capture: typeof capture };
  }
}
