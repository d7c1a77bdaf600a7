// The editorial policy (README.md, "What editors and admins get", Claims) as
// code: pure functions over the claim as it is, the change asked for and the
// evidence cited. Each rule has a stable name that a refused change reports
// (422 `rule`), so an editor or an API client knows exactly which rule to satisfy.
import type { ClaimCategory, ClaimStatus, SourceKind } from "@/lib/db/enums";

export const CLAIM_RULES = {
  "change-needs-note": "Every change to a claim needs a note saying why.",
  "change-must-change-something": "The change leaves the claim exactly as it is.",
  "verified-needs-official-or-independent-source":
    "A claim can be VERIFIED only on evidence that includes at least one OFFICIAL or INDEPENDENT source.",
  "refuted-needs-source": "A claim can be REFUTED only with at least one cited source.",
  "retracted-is-read-only": "A retracted claim cannot be changed: restore it first.",
  "restore-needs-retracted": "Only a retracted claim can be restored.",
  "evidence-must-be-the-claims-sources": "Evidence is cited by the ids of this claim's own sources: add a source first.",
} as const;

export type ClaimRule = keyof typeof CLAIM_RULES;

export interface PolicyViolation {
  rule: ClaimRule;
  message: string;
}

/** The kinds of source that can carry a verification on their own. */
export const QUALIFYING_SOURCE_KINDS: readonly SourceKind[] = ["OFFICIAL", "INDEPENDENT"];

export interface ClaimChange {
  current: { status: ClaimStatus };
  /** The status asked for; undefined when the status does not move. */
  toStatus?: ClaimStatus;
  /** Fields that differ from the claim as it is (already compared). */
  changedFields: readonly string[];
  note: string | undefined;
  /** Kinds of the sources cited as evidence for this change. */
  evidenceKinds: readonly SourceKind[];
}

function violation(rule: ClaimRule, detail?: string): PolicyViolation {
  return { rule, message: detail ? `${CLAIM_RULES[rule]} ${detail}` : CLAIM_RULES[rule] };
}

export function hasNote(note: string | undefined): boolean {
  return typeof note === "string" && note.trim().length > 0;
}

/**
 * The first rule a change breaks, or null when it may go ahead. Order matters:
 * a retracted claim is refused before anything else is looked at, and a change
 * that changes nothing is named as such rather than as a missing note.
 */
export function checkClaimChange(change: ClaimChange): PolicyViolation | null {
  if (change.current.status === "RETRACTED") return violation("retracted-is-read-only");
  const statusMoves = change.toStatus !== undefined && change.toStatus !== change.current.status;
  if (!statusMoves && change.changedFields.length === 0) return violation("change-must-change-something");
  if (!hasNote(change.note)) return violation("change-needs-note");
  if (statusMoves && change.toStatus === "VERIFIED") {
    if (!change.evidenceKinds.some((k) => QUALIFYING_SOURCE_KINDS.includes(k))) {
      const cited = change.evidenceKinds.length ? `Cited: ${[...new Set(change.evidenceKinds)].join(", ")}.` : "No source is cited.";
      return violation("verified-needs-official-or-independent-source", cited);
    }
  }
  if (statusMoves && change.toStatus === "REFUTED" && change.evidenceKinds.length === 0) {
    return violation("refuted-needs-source");
  }
  return null;
}

/** Creating a claim: it starts UNVERIFIED, so only the note is required. */
export function checkClaimCreation(input: { note: string | undefined }): PolicyViolation | null {
  return hasNote(input.note) ? null : violation("change-needs-note");
}

/** Adding a source is a change like any other. */
export function checkSourceAddition(input: { status: ClaimStatus; note: string | undefined }): PolicyViolation | null {
  if (input.status === "RETRACTED") return violation("retracted-is-read-only");
  return hasNote(input.note) ? null : violation("change-needs-note");
}

export function checkRestore(input: { status: ClaimStatus; note: string | undefined }): PolicyViolation | null {
  if (input.status !== "RETRACTED") return violation("restore-needs-retracted", `It is ${input.status}.`);
  return hasNote(input.note) ? null : violation("change-needs-note");
}

/** Facts about access and money go stale: a verdict on them comes back for re-check. */
export const TIME_SENSITIVE_CATEGORIES: readonly ClaimCategory[] = ["PRICING", "API", "INTEGRATION", "LICENSING"];
export const RECHECK_AFTER_DAYS = 90;

/**
 * The re-check date a verdict gets when the editor gave none: 90 days after
 * the verdict for time-sensitive categories, otherwise whatever the claim had.
 */
export function defaultReviewBy(
  category: ClaimCategory,
  toStatus: ClaimStatus,
  now: Date,
  current: Date | null,
): Date | null {
  if ((toStatus === "VERIFIED" || toStatus === "REFUTED") && TIME_SENSITIVE_CATEGORIES.includes(category)) {
    return new Date(now.getTime() + RECHECK_AFTER_DAYS * 86_400_000);
  }
  return current;
}
