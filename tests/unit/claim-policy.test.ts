// Every editorial rule of check-claim-policy, and the transitions it allows.
import { describe, expect, it } from "vitest";
import {
  checkClaimChange,
  checkClaimCreation,
  checkRestore,
  checkSourceAddition,
  CLAIM_RULES,
  defaultReviewBy,
  type ClaimChange,
} from "@/lib/claims/check-claim-policy";
import { signalFor } from "@/lib/claims/record-claim-change";
import { ClaimStatus, type SourceKind } from "@/lib/db/enums";

const change = (over: Partial<ClaimChange>): ClaimChange => ({
  current: { status: "UNVERIFIED" },
  changedFields: [],
  note: "Checked the announcement.",
  evidenceKinds: [],
  ...over,
});

describe("checkClaimChange", () => {
  it("needs a non-blank note on every change (rule change-needs-note)", () => {
    expect(checkClaimChange(change({ changedFields: ["statement"], note: undefined }))?.rule).toBe("change-needs-note");
    expect(checkClaimChange(change({ changedFields: ["statement"], note: "   " }))?.rule).toBe("change-needs-note");
    expect(checkClaimChange(change({ toStatus: "DISPUTED", note: "" }))?.rule).toBe("change-needs-note");
    expect(checkClaimChange(change({ changedFields: ["statement"] }))).toBeNull();
  });

  it("refuses a change that changes nothing (rule change-must-change-something)", () => {
    expect(checkClaimChange(change({}))?.rule).toBe("change-must-change-something");
    expect(checkClaimChange(change({ toStatus: "UNVERIFIED" }))?.rule).toBe("change-must-change-something");
  });

  it.each<[SourceKind[], string | null]>([
    [[], "verified-needs-official-or-independent-source"],
    [["PRESS", "SOCIAL", "LEADERBOARD"], "verified-needs-official-or-independent-source"],
    [["PRESS", "OFFICIAL"], null],
    [["INDEPENDENT"], null],
  ])("VERIFIED on evidence %j → %s", (kinds, rule) => {
    const result = checkClaimChange(change({ toStatus: "VERIFIED", evidenceKinds: kinds }));
    expect(result?.rule ?? null).toBe(rule);
    if (rule) expect(result?.message).toContain("OFFICIAL or INDEPENDENT");
  });

  it("names what was cited when a verification is refused", () => {
    expect(checkClaimChange(change({ toStatus: "VERIFIED", evidenceKinds: ["PRESS", "PRESS"] }))?.message).toContain("Cited: PRESS.");
  });

  it("needs a source of any kind to refute (rule refuted-needs-source)", () => {
    expect(checkClaimChange(change({ toStatus: "REFUTED" }))?.rule).toBe("refuted-needs-source");
    expect(checkClaimChange(change({ toStatus: "REFUTED", evidenceKinds: ["SOCIAL"] }))).toBeNull();
  });

  it("allows every move between open and settled statuses, and retraction, with a note", () => {
    const settled = ["UNVERIFIED", "VERIFIED", "DISPUTED", "REFUTED"] as const;
    for (const from of settled) {
      for (const to of Object.values(ClaimStatus)) {
        if (to === from) continue;
        const result = checkClaimChange(change({ current: { status: from }, toStatus: to, evidenceKinds: ["OFFICIAL"] }));
        expect(result, `${from} → ${to}`).toBeNull();
      }
    }
  });

  it("freezes a retracted claim (rule retracted-is-read-only), before any other rule", () => {
    for (const to of Object.values(ClaimStatus)) {
      expect(checkClaimChange(change({ current: { status: "RETRACTED" }, toStatus: to, evidenceKinds: ["OFFICIAL"] }))?.rule).toBe(
        "retracted-is-read-only",
      );
    }
    expect(checkClaimChange(change({ current: { status: "RETRACTED" }, changedFields: ["statement"], note: "" }))?.rule).toBe(
      "retracted-is-read-only",
    );
  });
});

describe("creation, sources and restore", () => {
  it("needs a note to create a claim", () => {
    expect(checkClaimCreation({ note: undefined })?.rule).toBe("change-needs-note");
    expect(checkClaimCreation({ note: "From the launch post" })).toBeNull();
  });

  it("needs a note to add a source, and refuses one on a retracted claim", () => {
    expect(checkSourceAddition({ status: "VERIFIED", note: " " })?.rule).toBe("change-needs-note");
    expect(checkSourceAddition({ status: "RETRACTED", note: "x" })?.rule).toBe("retracted-is-read-only");
    expect(checkSourceAddition({ status: "DISPUTED", note: "x" })).toBeNull();
  });

  it("restores only retracted claims, with a note", () => {
    expect(checkRestore({ status: "VERIFIED", note: "x" })?.rule).toBe("restore-needs-retracted");
    expect(checkRestore({ status: "RETRACTED", note: "" })?.rule).toBe("change-needs-note");
    expect(checkRestore({ status: "RETRACTED", note: "Retracted by mistake" })).toBeNull();
  });

  it("documents every rule it can report", () => {
    for (const text of Object.values(CLAIM_RULES)) expect(text.length).toBeGreaterThan(10);
  });
});

describe("defaultReviewBy", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("gives time-sensitive verdicts a re-check date 90 days on", () => {
    for (const category of ["PRICING", "API", "INTEGRATION", "LICENSING"] as const) {
      expect(defaultReviewBy(category, "VERIFIED", now, null)?.toISOString()).toBe("2027-02-23T12:00:00.000Z");
      expect(defaultReviewBy(category, "REFUTED", now, null)?.toISOString()).toBe("2027-02-23T12:00:00.000Z");
    }
  });
  it("keeps the current date for other categories and for non-verdicts", () => {
    const current = new Date("2027-01-01T00:00:00Z");
    expect(defaultReviewBy("ARCHITECTURE", "VERIFIED", now, current)).toBe(current);
    expect(defaultReviewBy("PRICING", "DISPUTED", now, null)).toBeNull();
  });
});

describe("signalFor", () => {
  it("marks status verdicts as verified signals", () => {
    expect(signalFor("STATUS_CHANGED", "VERIFIED")).toEqual({ type: "CLAIM_VERIFIED", verified: true });
    expect(signalFor("STATUS_CHANGED", "DISPUTED")).toEqual({ type: "CLAIM_DISPUTED", verified: true });
    expect(signalFor("STATUS_CHANGED", "REFUTED")).toEqual({ type: "CLAIM_REFUTED", verified: true });
    expect(signalFor("STATUS_CHANGED", "UNVERIFIED")).toEqual({ type: "CLAIM_EDITED", verified: false });
    expect(signalFor("RETRACTED", "RETRACTED").type).toBe("CLAIM_RETRACTED");
    expect(signalFor("RESTORED", "VERIFIED").type).toBe("CLAIM_RESTORED");
    expect(signalFor("CREATED", "UNVERIFIED").type).toBe("CLAIM_CREATED");
    expect(signalFor("SOURCE_ADDED", null).type).toBe("CLAIM_EDITED");
  });
});
