// What the claim writes take, independent of HTTP: the API's zod outputs and
// the tests' literals both fit these shapes.
import type { ClaimCategory, ClaimStatus, Confidence, SourceKind } from "@/lib/db/enums";

/** A date as the API accepts it: YYYY-MM-DD (midnight UTC), an ISO date-time, or a Date. */
export type DateInput = string | Date;

export interface SourceInput {
  url: string;
  title: string;
  publisher?: string | null;
  kind: SourceKind;
  quote?: string | null;
  publishedAt?: DateInput | null;
  newsItemId?: string | null;
}

export interface CreateClaimInput {
  modelId: string;
  category: ClaimCategory;
  statement: string;
  confidence?: Confidence;
  reviewBy?: DateInput | null;
  note?: string;
  sources?: readonly SourceInput[];
}

export interface ClaimPatch {
  status?: ClaimStatus;
  note?: string;
  confidence?: Confidence;
  statement?: string;
  category?: ClaimCategory;
  reviewBy?: DateInput | null;
  /** Ids of the claim's sources cited; default all of them. */
  evidence?: readonly string[];
}

export function toDate(value: DateInput): Date {
  if (value instanceof Date) return value;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

export function toDateOrNull(value: DateInput | null | undefined): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}
