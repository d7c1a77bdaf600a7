// The claim as the editor pages pass it to client components: the API's
// ClaimDetail shape (plain JSON, dates as ISO strings).
import type { ClaimCategory, ClaimEventType, ClaimStatus, Confidence, SourceKind } from "@/lib/db/enums";

export interface ClaimEventView {
  id: string;
  type: ClaimEventType;
  at: string;
  by: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  diff: Record<string, [unknown, unknown]>;
  evidence: { id: string | null; title: string; url: string | null; kind: string | null }[];
  claimVersion: number;
}

export interface ClaimSourceView {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  quote: string | null;
  publishedAt: string | null;
}

export interface ClaimView {
  id: string;
  model: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  confidence: Confidence;
  version: number;
  reviewBy: string | null;
  sources: ClaimSourceView[];
  history: ClaimEventView[];
}
