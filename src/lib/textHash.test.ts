import { describe, expect, it } from "vitest";
import { textHash } from "./textHash";

describe("textHash", () => {
  it("is the SHA-256 of the text, so any change to the words changes it", async () => {
    expect(await textHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await textHash("Aide")).not.toBe(await textHash("Aide."));
  });

  it("hashes the same words alike however their accents were typed", async () => {
    expect(await textHash("Écouter")).toBe(await textHash("E\u0301couter"));
  });
});
