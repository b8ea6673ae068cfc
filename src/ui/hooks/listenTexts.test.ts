import { beforeAll, describe, expect, it } from "vitest";
import { changeLanguage, initI18n } from "@/i18n";
import { keysOfText, listenableKeys, loadAllTexts, NAMESPACES, textIn } from "./listenTexts";

beforeAll(async () => {
  await initI18n("fr");
  await loadAllTexts("ar");
});

describe("texts by key, for clips and the bilingual view", () => {
  it("knows every namespace, common first", () => {
    expect(NAMESPACES[0]).toBe("common");
    expect(NAMESPACES).toContain("catalogue");
  });

  it("gives the text of a key in one language, without falling back to French", () => {
    expect(textIn("fr", "common:help.title")).toBe("Aide");
    expect(textIn("ar", "common:nav.back")).toBe("رجوع");
    expect(textIn("ar", "common:no.such.key")).toBeUndefined();
  });

  it("finds the key of a text shown on screen, whatever its spacing", async () => {
    await changeLanguage("ar");
    const title = textIn("ar", "common:help.title") ?? "";
    expect(keysOfText("ar", `  ${title}\n`)).toContain("common:help.title");
    expect(keysOfText("ar", "14/03/2025")).toEqual([]);
    await changeLanguage("fr");
  });

  it("lists the prompts to record, without texts that have values to fill in", () => {
    const groups = listenableKeys();
    const common = groups.find((group) => group.namespace === "common")?.keys ?? [];
    expect(common).toContain("common:home.title");
    expect(common).not.toContain("common:progress.step");
    expect(groups.reduce((sum, group) => sum + group.keys.length, 0)).toBeGreaterThan(500);
  });
});
