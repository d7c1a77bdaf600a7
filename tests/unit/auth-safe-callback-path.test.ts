import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeCallbackPath("/editor/queue")).toBe("/editor/queue");
    expect(safeCallbackPath("/models/x?tab=claims#c1")).toBe("/models/x?tab=claims#c1");
    expect(safeCallbackPath("/a/../editor")).toBe("/editor");
  });

  it.each([
    ["absolute URL", "https://evil.example/x"],
    ["protocol-relative", "//evil.example/x"],
    ["backslash host", "/\\evil.example"],
    ["backslash inside", "/foo\\..\\\\evil.example"],
    ["javascript: scheme", "javascript:alert(1)"],
    ["relative path", "editor"],
    ["control characters", "/\t/evil.example"],
    ["newline", "/x\nLocation: https://evil.example"],
    ["auth endpoint loop", "/api/auth/signout"],
    ["empty", ""],
  ])("refuses %s", (_label, raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("falls back to the given default when missing", () => {
    expect(safeCallbackPath(undefined, "/account")).toBe("/account");
    expect(safeCallbackPath(null)).toBe("/");
  });
});
