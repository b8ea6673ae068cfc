import "i18next";
import type common from "../../locales/fr/common.json";
import type person from "../../locales/fr/person.json";
import type privacy from "../../locales/fr/privacy.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof common; privacy: typeof privacy; person: typeof person };
  }
}
