import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { CHOICE_ICONS } from "@/domain";
import { isDossierIconName } from "./DossierIcon";
import { isPictogramName } from "./pictograms";

describe("pictures of the dossier", () => {
  it("draws every document's pictogram", () => {
    expect(catalogue.documents.filter((d) => !isPictogramName(d.pictogram)).map((d) => d.id)).toEqual([]);
  });

  it("carries every icon of the guided questions' choices", () => {
    expect(Object.values(CHOICE_ICONS).filter((name) => !isDossierIconName(name))).toEqual([]);
  });
});
