import { describe, expect, it } from "vitest";
import { toTokenDto } from "@/lib/accounts/account-dto";
import { tokenState } from "@/lib/accounts/token-state";

const now = new Date("2026-11-25T12:00:00Z");

describe("token state", () => {
  it("is active without expiry or revocation, expired at or after its expiry, revoked above all", () => {
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(tokenState({ revokedAt: null, expiresAt: new Date("2026-11-25T12:00:01Z") }, now)).toBe("active");
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ revokedAt: new Date("2026-11-01T00:00:00Z"), expiresAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe("revoked");
  });

  it("shapes a token row without anything secret", () => {
    const row = {
      id: "t1",
      name: "ci",
      prefix: "mw_abcdefgh",
      createdAt: new Date("2026-11-20T00:00:00Z"),
      lastUsedAt: null,
      expiresAt: new Date("2026-11-24T00:00:00Z"),
      revokedAt: null,
      user: { id: "u1", email: "a@example.org" },
      tokenHash: "must-not-appear",
    };
    const dto = toTokenDto(row, now);
    expect(dto).toEqual({
      id: "t1",
      name: "ci",
      prefix: "mw_abcdefgh",
      createdAt: "2026-11-20T00:00:00.000Z",
      lastUsedAt: null,
      expiresAt: "2026-11-24T00:00:00.000Z",
      revokedAt: null,
      state: "expired",
      owner: { id: "u1", email: "a@example.org" },
    });
    expect(JSON.stringify(dto)).not.toContain("must-not-appear");
  });
});
