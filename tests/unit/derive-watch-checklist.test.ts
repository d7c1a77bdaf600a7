import { describe, expect, it } from "vitest";
import { claimPolarity, statesAbsence } from "@/lib/claims/claim-polarity";
import { deriveBenchmarkStability, type StabilityHistory, type StabilityPoint } from "@/lib/claims/derive-benchmark-stability";
import { deriveWatchChecklist, type WatchClaim, type WatchItem, type WatchItemKey } from "@/lib/claims/derive-watch-checklist";
import { isReviewDue } from "@/lib/claims/is-review-due";
import { HAPPYHORSE_CLAIMS } from "@/lib/db/seed/demo-claims-happyhorse";

const NOW = new Date("2026-11-25T12:00:00Z");

let seq = 0;
function claim(category: WatchClaim["category"], status: WatchClaim["status"], statement: string, extra: Partial<WatchClaim> = {}): WatchClaim {
  seq += 1;
  return { id: `c${seq}`, category, status, statement, reviewBy: null, updatedAt: "2026-10-01T00:00:00Z", ...extra };
}

const row = (items: WatchItem[], key: WatchItemKey): WatchItem => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

const point = (date: string, rank: number | null, half: number | null, segment = 0): StabilityPoint => ({
  date,
  rank,
  ciLow: half === null ? null : 1200 - half,
  ciHigh: half === null ? null : 1200 + half,
  segment,
});
const board = (slug: string, points: StabilityPoint[]): StabilityHistory => ({ board: { slug, name: slug.toUpperCase() }, points });
const steady = (slug: string, rank = 1, half = 8) =>
  board(slug, ["2026-10-28", "2026-11-04", "2026-11-11", "2026-11-18"].map((d) => point(d, rank, half)));

describe("claimPolarity", () => {
  it.each([
    "No public API or developer documentation for HappyHorse 1.0 has been published.",
    "No pricing for HappyHorse 1.0 has been published.",
    "No licence or commercial-use terms for HappyHorse 1.0 have been published, and no weights have been released.",
    "The API is not yet available outside China.",
    "Pricing has not been published.",
    "The model isn't available through any API.",
    "Access is unavailable to developers.",
    "Offered in the app without a public API.",
  ])("reads %j as an absence", (s) => {
    expect(statesAbsence(s)).toBe(true);
  });

  it.each([
    "Seedance 2.0 is available to developers through the BytePlus ModelArk API, with documentation.",
    "Veo 3 is billed per second of generated video, with audio included.",
    "Kling 3.0's weights are released under an open licence.",
    "Generates clips with no watermark through the API.",
    "HappyHorse 1.0 is being integrated into Alibaba's consumer apps and cloud products.",
  ])("reads %j as an affirmation", (s) => {
    expect(statesAbsence(s)).toBe(false);
  });

  it("only availability categories can deny", () => {
    expect(claimPolarity({ category: "PRICING", statement: "No pricing has been published." })).toBe("denies");
    expect(claimPolarity({ category: "AUDIO", statement: "No audio has been published." })).toBe("affirms");
    expect(claimPolarity({ category: "API", statement: "An API with docs is live." })).toBe("affirms");
  });
});

describe("deriveWatchChecklist: claim rows", () => {
  it("has ten rows in reading order, all unknown without claims or ratings", () => {
    const items = deriveWatchChecklist([], [], { now: NOW });
    expect(items.map((i) => i.key)).toEqual([
      "ownership",
      "api",
      "pricing",
      "licensing",
      "architecture",
      "scale",
      "speed",
      "audio",
      "integration",
      "benchmark",
    ]);
    for (const i of items) {
      expect(i.state, i.key).toBe("unknown");
      expect(i.statusText).toBe("Unknown");
      expect(i.href).toBeNull();
    }
    expect(row(items, "api").detail).toBe("No claims recorded yet.");
    expect(row(items, "benchmark").detail).toMatch(/not on any tracked leaderboard/i);
  });

  it("a verified affirmative claim is verified and links to the claim", () => {
    const c = claim("API", "VERIFIED", "Available through the Kling AI developer API, with documentation.");
    const api = row(deriveWatchChecklist([c], [], { now: NOW }), "api");
    expect(api).toMatchObject({ state: "verified", statusText: "Available (verified)", claimId: c.id, href: `#claim-${c.id}` });
  });

  it("a verified 'none published' claim reads as not available, never as available", () => {
    const c = claim("API", "VERIFIED", "No public API or developer documentation has been published.");
    const api = row(deriveWatchChecklist([c], [], { now: NOW }), "api");
    expect(api.state).toBe("absent");
    expect(api.statusText).toBe("Not available (verified)");
    const p = row(deriveWatchChecklist([claim("PRICING", "VERIFIED", "No pricing has been published.")], [], { now: NOW }), "pricing");
    expect(p).toMatchObject({ state: "absent", statusText: "Not published (verified)" });
  });

  it("verification rows ignore wording: a verified claim is verified", () => {
    const c = claim("AUDIO", "VERIFIED", "It does not generate audio; no audio track is ever produced.");
    expect(row(deriveWatchChecklist([c], [], { now: NOW }), "audio")).toMatchObject({ state: "verified", statusText: "Verified" });
  });

  it("unverified and disputed claims are 'claimed', the disputed one linked first", () => {
    const u = claim("SPEED", "UNVERIFIED", "Renders a clip in 30 s.", { updatedAt: "2026-11-01T00:00:00Z" });
    const d = claim("SPEED", "DISPUTED", "Twice as fast as its predecessor.", { updatedAt: "2026-09-01T00:00:00Z" });
    const speed = row(deriveWatchChecklist([u, d], [], { now: NOW }), "speed");
    expect(speed).toMatchObject({ state: "claimed", statusText: "Claimed, disputed", claimId: d.id, openClaims: 1 });
    const only = row(deriveWatchChecklist([u], [], { now: NOW }), "speed");
    expect(only).toMatchObject({ state: "claimed", statusText: "Claimed, unverified", claimId: u.id, openClaims: 0 });
  });

  it("a verified claim outranks open and refuted ones, and counts the open ones", () => {
    const v = claim("ARCHITECTURE", "VERIFIED", "A diffusion transformer.", { updatedAt: "2026-08-01T00:00:00Z" });
    const u = claim("ARCHITECTURE", "UNVERIFIED", "One network for audio and video.", { updatedAt: "2026-11-01T00:00:00Z" });
    const r = claim("ARCHITECTURE", "REFUTED", "A cascade of three models.", { updatedAt: "2026-11-02T00:00:00Z" });
    const a = row(deriveWatchChecklist([u, r, v], [], { now: NOW }), "architecture");
    expect(a).toMatchObject({ state: "verified", claimId: v.id, openClaims: 1 });
  });

  it("refuted only when nothing live is open or verified; retracted claims are ignored", () => {
    const r = claim("LICENSING", "REFUTED", "Weights are released under an open licence.");
    const x = claim("LICENSING", "RETRACTED", "Licensed under Apache 2.0.");
    expect(row(deriveWatchChecklist([r, x], [], { now: NOW }), "licensing")).toMatchObject({
      state: "refuted",
      statusText: "Claim refuted",
      claimId: r.id,
    });
    const onlyRetracted = row(deriveWatchChecklist([x], [], { now: NOW }), "licensing");
    expect(onlyRetracted).toMatchObject({ state: "unknown", claimId: null, detail: "Only retracted claims so far." });
  });

  it("several verified claims: the most recently decided one wins, judged by its events", () => {
    const old = claim("API", "VERIFIED", "No public API has been published.", {
      updatedAt: "2026-11-20T00:00:00Z", // edited later, but verified long ago
      events: [
        { type: "CREATED", toStatus: "UNVERIFIED", createdAt: "2026-09-01T00:00:00Z" },
        { type: "STATUS_CHANGED", toStatus: "VERIFIED", createdAt: "2026-09-03T00:00:00Z" },
      ],
    });
    const fresh = claim("API", "VERIFIED", "An API with documentation is live on Model Studio.", {
      updatedAt: "2026-11-10T00:00:00Z",
      events: [{ type: "STATUS_CHANGED", toStatus: "VERIFIED", createdAt: "2026-11-10T00:00:00Z" }],
    });
    const api = row(deriveWatchChecklist([old, fresh], [], { now: NOW }), "api");
    expect(api).toMatchObject({ state: "verified", claimId: fresh.id });
  });

  it("a tie between contradicting verified claims leaves the row open", () => {
    const at = "2026-11-10T00:00:00Z";
    const yes = claim("PRICING", "VERIFIED", "Billed per second of output.", { updatedAt: at });
    const no = claim("PRICING", "VERIFIED", "No pricing has been published.", { updatedAt: at });
    const p = row(deriveWatchChecklist([yes, no], [], { now: NOW }), "pricing");
    expect(p.state).toBe("claimed");
    expect(p.statusText).toBe("Verified claims disagree");
    // Deterministic whichever order the claims arrive in.
    expect(row(deriveWatchChecklist([no, yes], [], { now: NOW }), "pricing")).toEqual(p);
  });

  it("a tie between agreeing verified claims is decided by id, stably", () => {
    const at = "2026-11-10T00:00:00Z";
    const a = claim("PRICING", "VERIFIED", "Billed per second.", { id: "a", updatedAt: at });
    const b = claim("PRICING", "VERIFIED", "Cheaper than its predecessor.", { id: "b", updatedAt: at });
    expect(row(deriveWatchChecklist([b, a], [], { now: NOW }), "pricing").claimId).toBe("a");
  });

  it("flags a deciding verdict past its review date", () => {
    const due = claim("PRICING", "VERIFIED", "No pricing has been published.", { reviewBy: "2026-11-20T00:00:00Z" });
    const later = claim("API", "VERIFIED", "No public API has been published.", { reviewBy: "2026-12-02T00:00:00Z" });
    const items = deriveWatchChecklist([due, later], [], { now: NOW });
    expect(row(items, "pricing").reviewDue).toBe(true);
    expect(row(items, "api").reviewDue).toBe(false);
  });
});

describe("isReviewDue", () => {
  it("only settled verdicts come back for re-check", () => {
    expect(isReviewDue({ status: "VERIFIED", reviewBy: new Date("2026-11-25T12:00:00Z") }, NOW)).toBe(true);
    expect(isReviewDue({ status: "REFUTED", reviewBy: "2026-01-01" }, NOW)).toBe(true);
    expect(isReviewDue({ status: "UNVERIFIED", reviewBy: "2026-01-01" }, NOW)).toBe(false);
    expect(isReviewDue({ status: "VERIFIED", reviewBy: null }, NOW)).toBe(false);
    expect(isReviewDue({ status: "VERIFIED", reviewBy: "2026-11-26" }, NOW)).toBe(false);
  });
});

describe("deriveBenchmarkStability", () => {
  it("is stable when the rank held and intervals are narrow on every board; tied ranks count", () => {
    const r = deriveBenchmarkStability([steady("a"), steady("b", 2, 12)]);
    expect(r.verdict).toBe("stable");
    expect(r.boards.map((b) => [b.boardSlug, b.rank, b.halfWidth, b.stable])).toEqual([
      ["a", 1, 8, true],
      ["b", 2, 12, true],
    ]);
  });

  it("a single model alone on a single board", () => {
    expect(deriveBenchmarkStability([steady("solo")]).verdict).toBe("stable");
  });

  it("is 'none' without rating history", () => {
    expect(deriveBenchmarkStability([]).verdict).toBe("none");
    expect(deriveBenchmarkStability([board("empty", [])]).verdict).toBe("none");
  });

  it.each([
    ["too few snapshots", board("x", [point("2026-11-11", 1, 8), point("2026-11-18", 1, 8)]), /only 2 snapshots/],
    [
      "a rank change",
      board("x", [point("1", 2, 8), point("2", 2, 8), point("3", 1, 8), point("4", 1, 8)]),
      /rank moved from 2 to 1/,
    ],
    ["a wide interval", steady("x", 1, 16), /±16\) is wider than ±15/],
    ["a missing interval", board("x", ["1", "2", "3", "4"].map((d) => point(d, 1, null))), /no interval/],
    ["an unranked snapshot", board("x", [point("1", 1, 8), point("2", null, 8), point("3", 1, 8), point("4", 1, 8)]), /not ranked/],
    [
      "a method break inside the window",
      board("x", [point("1", 1, 8, 0), point("2", 1, 8, 0), point("3", 1, 8, 1), point("4", 1, 8, 1)]),
      /changed method or re-anchored/,
    ],
  ])("is changing after %s", (_, history, reason) => {
    const r = deriveBenchmarkStability([steady("ok"), history]);
    expect(r.verdict).toBe("changing");
    expect(r.boards[1]?.reason).toMatch(reason);
  });

  it("a break older than the window does not matter", () => {
    const h = board("x", [point("0", 3, 30, 0), point("1", 1, 8, 1), point("2", 1, 8, 1), point("3", 1, 8, 1), point("4", 1, 8, 1)]);
    expect(deriveBenchmarkStability([h]).verdict).toBe("stable");
  });

  it("the checklist row explains the verdict and links to the charts", () => {
    const stable = row(deriveWatchChecklist([], [steady("a"), steady("b")], { now: NOW }), "benchmark");
    expect(stable).toMatchObject({ state: "verified", statusText: "Stable", href: "#ratings" });
    expect(stable.detail).toBe("Rank 1 unchanged over the last 4 snapshots on all 2 leaderboards, with 95% intervals within ±15.");
    const moving = row(deriveWatchChecklist([], [steady("a"), steady("b", 1, 40)], { now: NOW }), "benchmark");
    expect(moving).toMatchObject({ state: "changing", statusText: "Still moving" });
    expect(moving.detail).toBe("On B: its 95% interval (±40) is wider than ±15.");
  });
});

describe("deriveWatchChecklist on the HappyHorse demo claims", () => {
  // The demo's statements and statuses, as the seed writes them.
  const claims: WatchClaim[] = HAPPYHORSE_CLAIMS.map((c) => {
    const last = c.history?.[c.history.length - 1];
    return {
      id: c.key,
      category: c.category,
      statement: c.statement,
      status: last?.to ?? "UNVERIFIED",
      reviewBy: c.reviewBy ?? null,
      updatedAt: last?.at ?? c.createdAt,
    };
  });
  const items = deriveWatchChecklist(claims, [steady("text-to-video")], { now: NOW });
  const states = Object.fromEntries(items.map((i) => [i.key, [i.state, i.statusText]]));

  it("reads the verified 'none published' claims as absences, and the hype as unverified", () => {
    expect(states).toEqual({
      ownership: ["verified", "Confirmed (verified)"],
      api: ["absent", "Not available (verified)"],
      pricing: ["absent", "Not published (verified)"],
      licensing: ["absent", "Not published (verified)"],
      architecture: ["claimed", "Claimed, unverified"],
      scale: ["claimed", "Claimed, unverified"],
      speed: ["claimed", "Claimed, unverified"],
      audio: ["claimed", "Claimed, unverified"],
      integration: ["claimed", "Claimed, unverified"],
      benchmark: ["verified", "Stable"],
    });
  });

  it("the pricing verdict is past its review date on 25 Nov 2026", () => {
    expect(row(items, "pricing").reviewDue).toBe(true);
    expect(row(items, "pricing").claimId).toBe("hh-pricing");
    expect(row(items, "licensing").reviewDue).toBe(false);
  });
});
