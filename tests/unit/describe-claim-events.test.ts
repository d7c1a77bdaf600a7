import { describe, expect, it } from "vitest";
import { describeClaimEvents, DESK_NAME, type ClaimEventInput } from "@/lib/claims/describe-claim-events";
import { listClaimVerdicts } from "@/lib/claims/list-claim-verdicts";

const ev = (id: string, at: string, extra: Partial<ClaimEventInput> = {}): ClaimEventInput => ({
  id,
  type: "STATUS_CHANGED",
  fromStatus: "UNVERIFIED",
  toStatus: "VERIFIED",
  note: `note ${id}`,
  evidence: null,
  createdAt: new Date(at),
  actor: { name: "Ada Editor" },
  ...extra,
});

describe("describeClaimEvents", () => {
  it("orders oldest first and labels each change", () => {
    const rows = describeClaimEvents(
      [
        ev("2", "2026-09-03T15:00:00Z"),
        ev("1", "2026-09-01T10:00:00Z", { type: "CREATED", fromStatus: null, toStatus: "UNVERIFIED" }),
      ],
      { isDemo: false },
    );
    expect(rows.map((r) => [r.id, r.action, r.fromStatus, r.toStatus, r.who])).toEqual([
      ["1", "Recorded", null, "UNVERIFIED", "Ada Editor"],
      ["2", "Status changed", "UNVERIFIED", "VERIFIED", "Ada Editor"],
    ]);
  });

  it("credits demo rows and nameless actors to the desk", () => {
    expect(describeClaimEvents([ev("1", "2026-09-01")], { isDemo: true })[0]?.who).toBe(DESK_NAME);
    expect(describeClaimEvents([ev("1", "2026-09-01", { actor: { name: "  " } })], { isDemo: false })[0]?.who).toBe(DESK_NAME);
    expect(describeClaimEvents([ev("1", "2026-09-01", { actor: null })], { isDemo: false })[0]?.who).toBe(DESK_NAME);
  });

  it("shows no status move for edits that kept the status", () => {
    const [row] = describeClaimEvents([ev("1", "2026-09-01", { type: "EDITED", fromStatus: "VERIFIED", toStatus: "VERIFIED" })], {
      isDemo: false,
    });
    expect([row?.fromStatus, row?.toStatus]).toEqual([null, null]);
  });

  it("reads evidence snapshots and drops anything malformed or unsafe", () => {
    const [row] = describeClaimEvents(
      [
        ev("1", "2026-09-01", {
          evidence: [
            { id: "s1", kind: "OFFICIAL", url: "https://alibaba.example/statement", title: "Statement" },
            { title: "No link", url: "javascript:alert(1)" },
            { url: "https://x.example" },
            "junk",
            null,
          ],
        }),
      ],
      { isDemo: false },
    );
    expect(row?.evidence).toEqual([
      { title: "Statement", url: "https://alibaba.example/statement" },
      { title: "No link", url: null },
    ]);
    expect(describeClaimEvents([ev("1", "2026-09-01", { evidence: { not: "an array" } })], { isDemo: false })[0]?.evidence).toEqual([]);
  });
});

describe("listClaimVerdicts", () => {
  it("keeps every move to verified or refuted, labelled by category", () => {
    const verdicts = listClaimVerdicts([
      {
        id: "a",
        category: "OWNERSHIP",
        events: [
          { type: "CREATED", toStatus: "UNVERIFIED", createdAt: new Date("2026-07-01") },
          { type: "STATUS_CHANGED", toStatus: "VERIFIED", createdAt: new Date("2026-08-31") },
          { type: "STATUS_CHANGED", toStatus: "DISPUTED", createdAt: new Date("2026-09-30") },
        ],
      },
      { id: "b", category: "LICENSING", events: [{ type: "STATUS_CHANGED", toStatus: "REFUTED", createdAt: new Date("2026-06-24") }] },
      { id: "c", category: "API", events: [{ type: "RETRACTED", toStatus: "RETRACTED", createdAt: new Date("2026-06-24") }] },
    ]);
    expect(verdicts.map((v) => [v.claimId, v.label, v.verdict])).toEqual([
      ["a", "Ownership", "verified"],
      ["b", "Licensing", "refuted"],
    ]);
  });
});

describe("listClaimVerdicts order", () => {
  it("follows the profile's category order, whatever order the claims come in", () => {
    const at = new Date("2026-09-03T15:00:00Z");
    const claim = (id: string, category: "API" | "PRICING" | "LICENSING") => ({
      id,
      category,
      events: [{ type: "STATUS_CHANGED" as const, toStatus: "VERIFIED" as const, createdAt: at }],
    });
    const labels = listClaimVerdicts([claim("l", "LICENSING"), claim("p", "PRICING"), claim("a", "API")]).map((v) => v.label);
    expect(labels).toEqual(["API access", "Pricing", "Licensing"]);
  });
});
