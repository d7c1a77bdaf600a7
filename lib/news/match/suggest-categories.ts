import type { ClaimCategory } from "../../db";

// Keyword rules, deliberately simple: a suggestion an editor confirms, never a verdict.
const rules: ReadonlyArray<[ClaimCategory, RegExp]> = [
  ["API", /\bapis?\b/],
  ["PRICING", /\b(pricing|prices?|priced)\b/],
  ["LICENSING", /\b(licen[cs]e[sd]?|licensing)\b/],
  ["PARAMETERS", /\b(parameters?|billion)\b/],
  ["ARCHITECTURE", /\b(architecture|diffusion|transformers?)\b/],
  ["AUDIO", /\b(audio|sound)\b/],
  ["SPEED", /\b(speed|seconds?)\b/],
  ["INTEGRATION", /\b(integrations?|integrated|apps?)\b/],
  ["OWNERSHIP", /\b(ownership|acquires?|acquired|acquisition|developed by)\b/],
];

/** Claim categories a news text seems to touch, in a stable order. */
export function suggestCategories(text: string): ClaimCategory[] {
  const haystack = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return rules.filter(([, pattern]) => pattern.test(haystack)).map(([category]) => category);
}
