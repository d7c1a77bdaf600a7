import { serializeJsonLd } from "@/lib/claims/build-claim-review-json-ld";

/** schema.org ClaimReview graph for the page's settled claims; nothing when there are none. */
export function ClaimReviewJsonLd({ data }: { data: Record<string, unknown> | null }) {
  if (!data) return null;
  // serializeJsonLd escapes "<", so no statement can close the script element.
  return <script type="application/ld+json" data-testid="claim-review-json-ld" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
