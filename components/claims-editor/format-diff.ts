import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_META, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimCategory, ClaimStatus, Confidence } from "@/lib/db/enums";

export const FIELD_LABELS: Record<string, string> = {
  status: "Status",
  statement: "Statement",
  confidence: "Confidence",
  category: "Category",
  reviewBy: "Re-check by",
  sources: "Sources",
};

/** A diff value as a person reads it: labels for enums, dates as days, "—" for none. */
export function formatDiffValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value !== "string") return String(value);
  if (field === "status" && Object.hasOwn(CLAIM_STATUS_META, value)) return CLAIM_STATUS_META[value as ClaimStatus].label;
  if (field === "confidence" && Object.hasOwn(CONFIDENCE_LABELS, value)) return CONFIDENCE_LABELS[value as Confidence];
  if (field === "category" && Object.hasOwn(CLAIM_CATEGORY_LABELS, value)) return CLAIM_CATEGORY_LABELS[value as ClaimCategory];
  if (field === "reviewBy") return value.slice(0, 10);
  return value;
}
