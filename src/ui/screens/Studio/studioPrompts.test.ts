import { describe, expect, it } from "vitest";
import { type Prompt, statusOf } from "./studioPrompts";

const prompt: Prompt = {
  key: "common:help.title",
  part: "common",
  french: "Aide",
  target: "مساعدة",
  targetHash: "today",
};

describe("a prompt's recording status in the studio", () => {
  it("is recorded when its clip was made from today's text", () => {
    expect(statusOf(prompt, new Map([["common:help.title", "today"]]))).toBe("recorded");
  });

  it("is stale when the text changed since the clip was made, so the interpreter records it again", () => {
    expect(statusOf(prompt, new Map([["common:help.title", "last year"]]))).toBe("stale");
  });

  it("is missing without a clip", () => {
    expect(statusOf(prompt, new Map([["common:nav.help", "today"]]))).toBe("missing");
  });
});
