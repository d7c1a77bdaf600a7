import type { ReviewCounts, ReviewItem } from "@/lib/api/v1/schemas/review-write-schemas";

export type { ReviewCounts, ReviewItem };

export interface PersonChoice {
  id: string;
  name: string | null;
  email: string;
}

export interface ModelChoice {
  slug: string;
  name: string;
}

export type OpenPanel = { id: string; panel: "relevant" | "dismiss" } | null;

/** What an action reports back for the page's live status line. */
export type ActionOutcome = { ok: true; message: string } | { ok: false; message: string };

export const personLabel = (p: PersonChoice) => p.name ?? p.email;
