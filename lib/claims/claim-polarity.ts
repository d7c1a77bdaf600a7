// Whether a claim says a thing IS available or IS NOT. The schema has no
// polarity field (and this change may not alter it), yet "No pricing has been
// published" (VERIFIED) must never read as "pricing exists". So polarity is
// derived from the statement with a deliberately narrow rule, applied only to
// the availability categories, where editors write absence as a sentence.
import type { ClaimCategory } from "@/lib/db";

export type ClaimPolarity = "affirms" | "denies";

/** Categories whose claims state that something is (or is not) on offer. */
export const AVAILABILITY_CATEGORIES: readonly ClaimCategory[] = ["API", "PRICING", "LICENSING", "INTEGRATION"];

// Each pattern is a way editors phrase absence. Kept narrow on purpose: a
// statement that merely contains "no" ("with no watermark") stays affirmative.
const THING =
  "(?:public\\s+|official\\s+|commercial(?:-use)?\\s+|developer\\s+)*(?:api|apis|endpoint|endpoints|documentation|docs|pricing|prices?|price\\s+list|licen[cs]es?|licensing|terms|weights|integration|release)";
const NEGATIVE_PATTERNS: readonly RegExp[] = [
  // "No public API or developer documentation … has been published."
  new RegExp(`\\bno\\s+${THING}\\b`, "i"),
  // "… has not been published / is not yet available / were not released"
  /\b(?:has|have|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:published|released|available|announced|offered|integrated|listed|launched)\b/i,
  /\b(?:hasn't|haven't|isn't|aren't|wasn't|weren't)\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:published|released|available|announced|offered|integrated|listed|launched)\b/i,
  /\bnot\s+(?:yet\s+)?(?:publicly\s+)?available\b/i,
  /\bunavailable\b/i,
  new RegExp(`\\bwithout\\s+(?:an?\\s+|any\\s+)?${THING}\\b`, "i"),
];

/** True when the statement reports an absence ("no … published", "not available"). */
export function statesAbsence(statement: string): boolean {
  return NEGATIVE_PATTERNS.some((p) => p.test(statement));
}

/**
 * Polarity of a claim for the watch checklist. Only availability categories
 * can deny; for every other category a claim is an assertion to be checked
 * ("has about 15B parameters"), and its status alone says whether it holds.
 */
export function claimPolarity(claim: { category: ClaimCategory; statement: string }): ClaimPolarity {
  return AVAILABILITY_CATEGORIES.includes(claim.category) && statesAbsence(claim.statement) ? "denies" : "affirms";
}
