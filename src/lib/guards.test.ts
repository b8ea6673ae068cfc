import { describe, expect, it } from "vitest";
import { isNumber, isObject, isOneOf, isString, parserOf, ShapeError } from "./guards";

describe("guards", () => {
  it("tell objects, strings, numbers and choices apart", () => {
    expect([{}, [], null, "x"].map(isObject)).toEqual([true, false, false, false]);
    expect(["", 1, undefined].map(isString)).toEqual([true, false, false]);
    expect([0, Number.NaN, "1"].map(isNumber)).toEqual([true, false, false]);
    expect(isOneOf("pin", ["pin", "picture"])).toBe(true);
    expect(isOneOf("face", ["pin", "picture"])).toBe(false);
  });

  it("make a parser that returns what it accepts and throws a ShapeError otherwise", () => {
    const language = parserOf(isString, "a language code");
    expect(language.parse("ar")).toBe("ar");
    expect(() => language.parse(3)).toThrow(ShapeError);
    expect(() => language.parse(3)).toThrow("Not a language code");
  });
});
