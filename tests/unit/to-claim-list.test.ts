import { describe, expect, it } from "vitest";
import type { ProfileClaim } from "@/lib/models/get-model-profile";
import { toClaimList } from "@/lib/models/to-claim-list";

const source = (id: string, kind: ProfileClaim["sources"][number]["kind"]) => ({
  id,
  url: `https://example.com/${id}`,
  title: id,
  publisher: null,
  kind,
  quote: "a quoted passage",
  publishedAt: null,
});

const claim: ProfileClaim = {
  id: "c1",
  category: "PRICING",
  statement: "Costs $1 a clip.",
  status: "VERIFIED",
  confidence: "CONFIDENT",
  reviewBy: new Date("2026-06-01T00:00:00Z"),
  isDemo: false,
  updatedAt: new Date("2026-05-01T00:00:00Z"),
  sources: [source("s1", "SOCIAL"), source("s2", "OFFICIAL"), source("s3", "SOCIAL"), source("s4", "PRESS")],
  events: [
    { id: "e1", type: "CREATED", fromStatus: null, toStatus: "UNVERIFIED", note: "Added", evidence: null, createdAt: new Date("2026-04-01T00:00:00Z"), actor: { name: "Ed" } },
    { id: "e2", type: "STATUS_CHANGED", fromStatus: "UNVERIFIED", toStatus: "VERIFIED", note: "Price page", evidence: null, createdAt: new Date("2026-05-01T00:00:00Z"), actor: { name: "Ed" } },
  ],
} as ProfileClaim;

describe("toClaimList", () => {
  const groups = [{ category: "PRICING" as const, claims: [claim] }];

  it("gives the profile source counts by kind, strongest first, and no sources, quotes or history", () => {
    const [item] = toClaimList(groups, { now: new Date("2026-07-01T00:00:00Z"), full: false })[0]?.claims ?? [];
    expect(item?.sourceKinds).toEqual([
      { kind: "OFFICIAL", count: 1 },
      { kind: "PRESS", count: 1 },
      { kind: "SOCIAL", count: 2 },
    ]);
    expect(item?.sources).toEqual([]);
    expect(item?.history).toBeNull();
    expect(item?.changes).toBe(2);
    // The verdict's review date has passed by then.
    expect(item?.review).toEqual({ by: claim.reviewBy, due: true });
  });

  it("gives the record page every source with its quote and the history", () => {
    const [item] = toClaimList(groups, { now: new Date("2026-05-15T00:00:00Z"), full: true })[0]?.claims ?? [];
    expect(item?.sources.map((s) => s.quote)).toEqual(Array(4).fill("a quoted passage"));
    expect(item?.history).toHaveLength(2);
    expect(item?.review?.due).toBe(false);
  });
});
