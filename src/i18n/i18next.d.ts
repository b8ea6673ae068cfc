import "i18next";
import type audio from "../../locales/fr/audio.json";
import type capture from "../../locales/fr/capture.json";
import type catalogue from "../../locales/fr/catalogue.json";
import type common from "../../locales/fr/common.json";
import type dossier from "../../locales/fr/dossier.json";
import type followup from "../../locales/fr/followup.json";
import type packet from "../../locales/fr/packet.json";
import type paper from "../../locales/fr/paper.json";
import type person from "../../locales/fr/person.json";
import type privacy from "../../locales/fr/privacy.json";
import type summary from "../../locales/fr/summary.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      audio: typeof audio;
      capture: typeof capture;
      catalogue: typeof catalogue;
      dossier: typeof dossier;
      followup: typeof followup;
      packet: typeof packet;
      paper: typeof paper;
      privacy: typeof privacy;
      person: typeof person;
      summary: typeof summary;
    };
  }
}
