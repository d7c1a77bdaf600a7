import type { SourceInput } from "./claim-inputs";
import { toDateOrNull } from "./claim-inputs";
import type { EvidenceSnapshot } from "./record-claim-change";

/** A source as the editor typed it → the row's columns (blank optional text stored as null). */
export function toSourceData(s: SourceInput, addedById: string | null) {
  const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    url: s.url,
    title: s.title.trim(),
    publisher: blankToNull(s.publisher),
    kind: s.kind,
    quote: blankToNull(s.quote),
    publishedAt: toDateOrNull(s.publishedAt),
    newsItemId: blankToNull(s.newsItemId),
    addedById,
  };
}

export function toEvidence(s: { id: string; title: string; url: string; kind: string }): EvidenceSnapshot {
  return { id: s.id, title: s.title, url: s.url, kind: s.kind };
}
