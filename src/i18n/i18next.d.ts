import "i18next";
import type capture from "../../locales/fr/capture.json";
import type catalogue from "../../locales/fr/catalogue.json";
import type common from "../../locales/fr/common.json";
import type dossier from "../../locales/fr/dossier.json";
import type followup from "../../locales/fr/followup.json";
import type paper from "../../locales/fr/paper.json";
import type person from "../../locales/fr/person.json";
import type privacy from "../../locales/fr/privacy.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      capture: typeof capture;
      catalogue: typeof catalogue;
      dossier: typeof dossier;
      followup: typeof followup;
      paper: typeof paper;
      privacy: typeof privacy;
      person: typeof person;
    };
  }
}
