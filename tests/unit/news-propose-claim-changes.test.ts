import { describe, expect, it } from "vitest";
import { proposeClaimChanges, type ProposalClaim } from "@/lib/news/proposals/propose-claim-changes";

const now = new Date("2026-11-10T00:00:00Z");
const model = { id: "m1", slug: "happyhorse-1-0", name: "HappyHorse 1.0" };
const claim = (over: Partial<ProposalClaim>): ProposalClaim => ({
  id: "c1",
  modelId: "m1",
  category: "PRICING",
  statement: "Priced per second",
  status: "UNVERIFIED",
  reviewBy: null,
  updatedAt: new Date("2026-10-01T00:00:00Z"),
  ...over,
});
const kinds = (claims: ProposalClaim[], categories: ProposalClaim["category"][] = ["PRICING"]) =>
  proposeClaimChanges({ categories, models: [model], claims, now }).map((p) => [p.kind, p.category, p.claimId]);

describe("proposeClaimChanges", () => {
  it("proposes the item as a source for an unverified or disputed claim", () => {
    expect(kinds([claim({})])).toEqual([["add-source", "PRICING", "c1"]]);
    expect(kinds([claim({ status: "DISPUTED" })])).toEqual([["add-source", "PRICING", "c1"]]);
  });

  it("leaves a settled, current claim alone, but reopens one due for a re-check", () => {
    expect(kinds([claim({ status: "VERIFIED" })])).toEqual([]);
    expect(kinds([claim({ status: "VERIFIED", reviewBy: new Date("2026-11-01T00:00:00Z") })])).toEqual([["add-source", "PRICING", "c1"]]);
  });

  it("proposes a new claim only where a missing claim is an open question on the watch checklist", () => {
    expect(kinds([], ["PRICING", "API", "ARCHITECTURE"])).toEqual([
      ["create-claim", "PRICING", null],
      ["create-claim", "API", null],
    ]);
    // A retracted claim is no claim.
    expect(kinds([claim({ status: "RETRACTED" })])).toEqual([["create-claim", "PRICING", null]]);
  });

  it("cites the most recently updated open claim, and says why in words", () => {
    const [p] = proposeClaimChanges({
      categories: ["PRICING"],
      models: [model],
      claims: [claim({ id: "old" }), claim({ id: "new", updatedAt: new Date("2026-11-02T00:00:00Z") })],
      now,
    });
    expect(p).toMatchObject({ claimId: "new", reason: expect.stringContaining("Pricing claim of HappyHorse 1.0 is unverified") });
  });
});
