import { describe, expect, it } from "vitest";
import { catalogue } from "@/catalogue";
import { procedureIcon } from "./procedureIcon";
import { CHOICE_ICONS } from "./questions";

const byId = (id: string) => {
  const procedure = catalogue.procedures.find((p) => p.id === id);
  if (!procedure) throw new Error(id);
  return procedure;
};

describe("a procedure's picture", () => {
  it("is the picture of the answer that leads to it: the detail first, then the reason, then the need", () => {
    expect(procedureIcon(byId("spouseRenewal"))).toBe(CHOICE_ICONS["detail.spouseOfFrench"]);
    expect(procedureIcon(byId("studentFirst"))).toBe(CHOICE_ICONS["ground.studies"]);
    expect(procedureIcon(byId("duplicataLoss"))).toBe(CHOICE_ICONS["need.lost"]);
  });

  it("never comes from an answer the procedure excludes", () => {
    // Algerians are excluded from the general spouse procedure: "not nationality dz" gives no picture.
    expect(procedureIcon(byId("spouseRenewal"))).not.toBe("flag");
    for (const procedure of catalogue.procedures) {
      expect(Object.values(CHOICE_ICONS), procedure.id).toContain(procedureIcon(procedure));
    }
  });
});
