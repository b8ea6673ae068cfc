import "i18next";
import type catalogue from "../../locales/fr/catalogue.json";
import type common from "../../locales/fr/common.json";
import type dossier from "../../locales/fr/dossier.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof common; catalogue: typeof catalogue; dossier: typeof dossier };
  }
}
