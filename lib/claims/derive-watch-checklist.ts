// The "what to watch" view of a model: one row per question a reader asks
// (can I call it? what does it cost? is the hype checked?), each answered from
// the model's claims, or for benchmark stability from its rating history.
// Pure: the page passes claims, histories and the clock.
import type { ClaimCategory, ClaimStatus } from "@/lib/db";
import { claimAnchorId, RATINGS_ANCHOR_ID } from "./claim-anchor";
import { claimPolarity } from "./claim-polarity";
import {
  deriveBenchmarkStability,
  STABILITY_MAX_HALF_WIDTH,
  STABILITY_WINDOW,
  type StabilityHistory,
  type StabilityOptions,
} from "./derive-benchmark-stability";
import { isReviewDue } from "./is-review-due";

export type WatchItemKey =
  | "ownership"
  | "api"
  | "pricing"
  | "licensing"
  | "architecture"
  | "scale"
  | "speed"
  | "audio"
  | "integration"
  | "benchmark";

/**
 * verified: a VERIFIED claim says it holds (or the measured rule holds).
 * absent: a VERIFIED claim says it is NOT available / published (see claim-polarity).
 * claimed: only unverified or disputed claims, or verified claims that contradict each other.
 * refuted: the only live claims were shown false.
 * changing: benchmark standing not settled yet.
 * unknown: nothing recorded (or only retracted claims; no rating history).
 */
export type WatchState = "verified" | "absent" | "claimed" | "refuted" | "changing" | "unknown";

export interface WatchItem {
  key: WatchItemKey;
  label: string;
  state: WatchState;
  statusText: string;
  /** The deciding claim's statement, or the measured outcome, or why nothing is known. */
  detail: string;
  /** The claim behind the answer, when there is one. */
  claimId: string | null;
  /** In-page link to the evidence: the claim, or the rating charts. */
  href: string | null;
  /** The deciding verdict is past its review date. */
  reviewDue: boolean;
  /** Unverified or disputed claims in the category besides the one linked. */
  openClaims: number;
}

export interface WatchClaimEvent {
  type: string;
  toStatus: ClaimStatus | null;
  createdAt: Date | string;
}

export interface WatchClaim {
  id: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  reviewBy: Date | string | null;
  updatedAt: Date | string;
  events?: readonly WatchClaimEvent[];
}

type ItemKind = "availability" | "verification";

interface ClaimItemDef {
  key: Exclude<WatchItemKey, "benchmark">;
  label: string;
  category: ClaimCategory;
  kind: ItemKind;
  verifiedText: string;
  absentText: string;
}

const availability = (
  key: ClaimItemDef["key"],
  label: string,
  category: ClaimCategory,
  verifiedText: string,
  absentText: string,
): ClaimItemDef => ({ key, label, category, kind: "availability", verifiedText, absentText });

const verification = (key: ClaimItemDef["key"], label: string, category: ClaimCategory, verifiedText = "Verified"): ClaimItemDef => ({
  key,
  label,
  category,
  kind: "verification",
  verifiedText,
  // A verification item has no "absent": a claim about the architecture is either checked or not.
  absentText: verifiedText,
});

/** The rows, in reading order: who made it, can you use it, is the hype checked, does the lead hold. */
export const WATCH_ITEMS: readonly ClaimItemDef[] = [
  verification("ownership", "Owner confirmed", "OWNERSHIP", "Confirmed (verified)"),
  availability("api", "Public API with docs", "API", "Available (verified)", "Not available (verified)"),
  availability("pricing", "Published pricing", "PRICING", "Published (verified)", "Not published (verified)"),
  availability("licensing", "Published licensing", "LICENSING", "Published (verified)", "Not published (verified)"),
  verification("architecture", "Architecture independently verified", "ARCHITECTURE"),
  verification("scale", "Scale (parameters) independently verified", "PARAMETERS"),
  verification("speed", "Speed independently verified", "SPEED"),
  verification("audio", "Audio independently verified", "AUDIO"),
  availability("integration", "Product integration", "INTEGRATION", "Integrated (verified)", "Not integrated (verified)"),
];

const time = (d: Date | string) => (d instanceof Date ? d : new Date(d)).getTime();

/** When the claim reached its current status: its latest event into that status, else its last update. */
export function decidedAt(claim: Pick<WatchClaim, "status" | "updatedAt" | "events">): number {
  let latest = -Infinity;
  for (const e of claim.events ?? []) {
    if (e.toStatus === claim.status) latest = Math.max(latest, time(e.createdAt));
  }
  return Number.isFinite(latest) ? latest : time(claim.updatedAt);
}

/** Newest decision first; equal instants fall back to the id so the answer never flickers. */
const byDecisionDesc = (a: WatchClaim, b: WatchClaim) => decidedAt(b) - decidedAt(a) || a.id.localeCompare(b.id);

const OPEN: readonly ClaimStatus[] = ["UNVERIFIED", "DISPUTED"];

function deriveClaimItem(def: ClaimItemDef, claims: readonly WatchClaim[], now: Date): WatchItem {
  const inCategory = claims.filter((c) => c.category === def.category);
  const live = inCategory.filter((c) => c.status !== "RETRACTED");
  const open = live.filter((c) => OPEN.includes(c.status)).sort(byDecisionDesc);
  const item = (state: WatchState, statusText: string, deciding: WatchClaim | null, detail?: string): WatchItem => ({
    key: def.key,
    label: def.label,
    state,
    statusText,
    detail: detail ?? deciding?.statement ?? "",
    claimId: deciding?.id ?? null,
    href: deciding ? `#${claimAnchorId(deciding.id)}` : null,
    reviewDue: deciding ? isReviewDue(deciding, now) : false,
    openClaims: open.filter((c) => c !== deciding).length,
  });

  const verified = live.filter((c) => c.status === "VERIFIED").sort(byDecisionDesc);
  const newest = verified[0];
  if (newest) {
    const polarity = def.kind === "availability" ? claimPolarity(newest) : "affirms";
    // Two verified claims decided at the same instant that contradict each other
    // (one "available", one "not available") cannot both stand: show it as open.
    const contradicted =
      def.kind === "availability" &&
      verified.some((c) => c !== newest && decidedAt(c) === decidedAt(newest) && claimPolarity(c) !== polarity);
    if (contradicted) return item("claimed", "Verified claims disagree", newest);
    return polarity === "denies" ? item("absent", def.absentText, newest) : item("verified", def.verifiedText, newest);
  }
  const firstOpen = open.find((c) => c.status === "DISPUTED") ?? open[0];
  if (firstOpen) {
    return item("claimed", firstOpen.status === "DISPUTED" ? "Claimed, disputed" : "Claimed, unverified", firstOpen);
  }
  const refuted = live.filter((c) => c.status === "REFUTED").sort(byDecisionDesc)[0];
  if (refuted) return item("refuted", "Claim refuted", refuted);
  return item(
    "unknown",
    "Unknown",
    null,
    inCategory.length ? "Only retracted claims so far." : "No claims recorded yet.",
  );
}

function deriveBenchmarkItem(histories: readonly StabilityHistory[], opts: StabilityOptions): WatchItem {
  const window = opts.window ?? STABILITY_WINDOW;
  const bound = opts.maxHalfWidth ?? STABILITY_MAX_HALF_WIDTH;
  const result = deriveBenchmarkStability(histories, opts);
  const base = { key: "benchmark" as const, label: "Benchmark stability", claimId: null, reviewDue: false, openClaims: 0 };
  if (result.verdict === "none") {
    return { ...base, state: "unknown", statusText: "Unknown", detail: "Not on any tracked leaderboard yet.", href: null };
  }
  const n = result.boards.length;
  const boards = n === 1 ? "its leaderboard" : `all ${n} leaderboards`;
  if (result.verdict === "stable") {
    const ranks = [...new Set(result.boards.map((b) => b.rank))].join(", ");
    return {
      ...base,
      state: "verified",
      statusText: "Stable",
      detail: `Rank ${ranks} unchanged over the last ${window} snapshots on ${boards}, with 95% intervals within ±${bound}.`,
      href: `#${RATINGS_ANCHOR_ID}`,
    };
  }
  const moving = result.boards.filter((b) => !b.stable);
  const first = moving[0];
  const more = moving.length > 1 ? ` (and ${moving.length - 1} more board${moving.length > 2 ? "s" : ""})` : "";
  return {
    ...base,
    state: "changing",
    statusText: "Still moving",
    detail: first ? `On ${first.boardName}: ${first.reason}${more}.` : "",
    href: `#${RATINGS_ANCHOR_ID}`,
  };
}

export interface WatchChecklistOptions extends StabilityOptions {
  /** The clock for "needs re-check"; the page passes the request time. */
  now?: Date;
}

/**
 * Rules, per claim-based row (retracted claims are ignored throughout):
 * 1. Any VERIFIED claim decides, the most recently decided one first. In the
 *    availability rows (API, pricing, licensing, integration) a verified claim
 *    that states an absence ("No pricing … has been published") means
 *    "not available (verified)", never "available" (see claim-polarity).
 *    Verified claims decided at the same instant that contradict each other
 *    leave the row open ("Verified claims disagree").
 * 2. Otherwise unverified or disputed claims make it "claimed" (disputed first).
 * 3. Otherwise a refuted claim makes it "refuted"; otherwise it is "unknown".
 * A deciding verdict past its review date is flagged reviewDue.
 * Benchmark stability comes from the rating histories (deriveBenchmarkStability).
 */
export function deriveWatchChecklist(
  claims: readonly WatchClaim[],
  histories: readonly StabilityHistory[] = [],
  opts: WatchChecklistOptions = {},
): WatchItem[] {
  const now = opts.now ?? new Date();
  return [...WATCH_ITEMS.map((def) => deriveClaimItem(def, claims, now)), deriveBenchmarkItem(histories, opts)];
}
