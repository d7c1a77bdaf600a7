// Display vocabulary for claims, in one place so every page says the same
// thing. Status is always shown as icon + word (never colour alone).
import type { ClaimCategory, ClaimStatus, Confidence, SourceKind } from "@/lib/db";

export type StatusTone = "verified" | "unverified" | "disputed" | "refuted" | "retracted";

export interface StatusMeta {
  label: string;
  icon: string;
  tone: StatusTone;
  /** What the status means, for tooltips and screen readers. */
  description: string;
}

export const CLAIM_STATUS_META: Record<ClaimStatus, StatusMeta> = {
  VERIFIED: {
    label: "Verified",
    icon: "✓",
    tone: "verified",
    description: "Backed by at least one official or independent source",
  },
  UNVERIFIED: {
    label: "Unverified",
    icon: "?",
    tone: "unverified",
    description: "Claimed, not yet independently confirmed",
  },
  DISPUTED: {
    label: "Disputed",
    icon: "⚠",
    tone: "disputed",
    description: "Credible sources disagree",
  },
  REFUTED: { label: "Refuted", icon: "✗", tone: "refuted", description: "Shown to be false by a cited source" },
  RETRACTED: {
    label: "Retracted",
    icon: "↺",
    tone: "retracted",
    description: "Withdrawn by Modelwatch editors",
  },
};

/** The statuses counted in tables, in reading order. */
export const COUNTED_STATUSES = ["VERIFIED", "UNVERIFIED", "DISPUTED", "REFUTED"] as const satisfies readonly ClaimStatus[];

export const CLAIM_CATEGORY_LABELS: Record<ClaimCategory, string> = {
  OWNERSHIP: "Ownership",
  ARCHITECTURE: "Architecture",
  PARAMETERS: "Parameters",
  API: "API access",
  PRICING: "Pricing",
  LICENSING: "Licensing",
  SPEED: "Speed",
  AUDIO: "Audio",
  CAPABILITY: "Capabilities",
  INTEGRATION: "Product integration",
  BENCHMARK: "Benchmarks",
  OTHER: "Other",
};

/** Category order on a profile: who made it and what it is, then access, then performance. */
export const CLAIM_CATEGORY_ORDER: readonly ClaimCategory[] = [
  "OWNERSHIP",
  "ARCHITECTURE",
  "PARAMETERS",
  "API",
  "PRICING",
  "LICENSING",
  "SPEED",
  "AUDIO",
  "CAPABILITY",
  "INTEGRATION",
  "BENCHMARK",
  "OTHER",
];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  CONFIDENT: "Confident",
  LIKELY: "Likely",
  SPECULATIVE: "Speculative",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  OFFICIAL: "Official",
  INDEPENDENT: "Independent",
  PRESS: "Press",
  SOCIAL: "Social",
  LEADERBOARD: "Leaderboard",
};
