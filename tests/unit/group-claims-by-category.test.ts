import { describe, expect, it } from "vitest";
import { groupClaimsByCategory, type GroupableClaim } from "@/lib/claims/group-claims-by-category";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CLAIM_STATUS_META } from "@/lib/claims/claim-labels";

type C = GroupableClaim & { id: string };
const c = (id: string, category: C["category"], status: C["status"], updatedAt = "2026-10-01"): C => ({
  id,
  category,
  status,
  updatedAt: new Date(`${updatedAt}T00:00:00Z`),
});

describe("groupClaimsByCategory", () => {
  it("groups in the fixed category order and drops empty categories", () => {
    const groups = groupClaimsByCategory([
      c("1", "BENCHMARK", "VERIFIED"),
      c("2", "OWNERSHIP", "VERIFIED"),
      c("3", "API", "REFUTED"),
      c("4", "OWNERSHIP", "UNVERIFIED"),
    ]);
    expect(groups.map((g) => g.category)).toEqual(["OWNERSHIP", "API", "BENCHMARK"]);
    expect(groups[0]?.claims.map((x) => x.id)).toEqual(["2", "4"]);
  });

  it("orders settled claims first, retracted last, then newest first", () => {
    const [g] = groupClaimsByCategory([
      c("retracted", "SPEED", "RETRACTED", "2026-11-01"),
      c("old-unverified", "SPEED", "UNVERIFIED", "2026-09-01"),
      c("disputed", "SPEED", "DISPUTED"),
      c("new-unverified", "SPEED", "UNVERIFIED", "2026-10-20"),
      c("verified", "SPEED", "VERIFIED"),
      c("refuted", "SPEED", "REFUTED"),
    ]);
    expect(g?.claims.map((x) => x.id)).toEqual([
      "verified",
      "refuted",
      "disputed",
      "new-unverified",
      "old-unverified",
      "retracted",
    ]);
  });

  it("does not mutate its input", () => {
    const input = [c("b", "API", "UNVERIFIED"), c("a", "API", "VERIFIED")];
    groupClaimsByCategory(input);
    expect(input.map((x) => x.id)).toEqual(["b", "a"]);
  });

  it("returns no groups for no claims", () => {
    expect(groupClaimsByCategory([])).toEqual([]);
  });
});

describe("countClaimsByStatus", () => {
  it("tallies rows and grouped counts", () => {
    expect(countClaimsByStatus([{ status: "VERIFIED" }, { status: "VERIFIED" }, { status: "DISPUTED", count: 3 }])).toEqual({
      VERIFIED: 2,
      UNVERIFIED: 0,
      DISPUTED: 3,
      REFUTED: 0,
      RETRACTED: 0,
    });
  });
});

describe("claim labels", () => {
  it("orders every category exactly once and labels it", () => {
    expect(new Set(CLAIM_CATEGORY_ORDER).size).toBe(Object.keys(CLAIM_CATEGORY_LABELS).length);
  });

  it("gives every status a distinct icon, so status never relies on colour", () => {
    const icons = Object.values(CLAIM_STATUS_META).map((m) => m.icon);
    expect(new Set(icons).size).toBe(icons.length);
    expect(CLAIM_STATUS_META.VERIFIED.icon).toBe("✓");
    expect(CLAIM_STATUS_META.RETRACTED.icon).toBe("↺");
  });
});
