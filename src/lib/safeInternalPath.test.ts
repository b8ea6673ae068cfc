import { describe, expect, it } from "vitest";
import { safeInternalPath } from "./safeInternalPath";

describe("safeInternalPath", () => {
  it("keeps an address inside the app", () => {
    expect(safeInternalPath("/help")).toBe("/help");
    expect(safeInternalPath("/")).toBe("/");
  });

  it("refuses other sites and odd values", () => {
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil", "help", undefined, 3, "/a b"]) {
      expect(safeInternalPath(bad)).toBeUndefined();
    }
  });
});
