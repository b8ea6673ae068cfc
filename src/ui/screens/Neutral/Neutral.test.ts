import { describe, expect, it } from "vitest";
import { monthGrid } from "./Neutral";

describe("monthGrid", () => {
  it("lays out February 2024 (leap year) from Thursday the 1st, weeks starting Monday", () => {
    const weeks = monthGrid(new Date(2024, 1, 10));
    expect(weeks[0]).toEqual([null, null, null, 1, 2, 3, 4]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(29);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});
