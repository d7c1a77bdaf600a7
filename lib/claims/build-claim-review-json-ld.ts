// schema.org ClaimReview for every settled verdict on a model page, so fact-
// check aggregators and search engines can read what Modelwatch verified or
// refuted, on what evidence. Open, disputed and retracted claims are not
// reviews yet and are left out.
import type { ClaimStatus, SourceKind } from "@/lib/db";
import { claimAnchorId } from "./claim-anchor";
import { decidedAt, type WatchClaimEvent } from "./derive-watch-checklist";

export interface ReviewSource {
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  publishedAt: Date | null;
}

export interface ReviewableClaim {
  id: string;
  statement: string;
  status: ClaimStatus;
  updatedAt: Date | string;
  events?: readonly WatchClaimEvent[];
  sources: readonly ReviewSource[];
}

export interface ClaimReviewInput {
  modelName: string;
  /** Absolute URL of the model page (no fragment). */
  pageUrl: string;
  /** Absolute URL of the site, for the publisher. */
  siteUrl: string;
  claims: readonly ReviewableClaim[];
}

// ClaimReview's conventional 1–5 scale: the verdict's text is in alternateName.
const RATINGS: Partial<Record<ClaimStatus, { ratingValue: number; alternateName: string }>> = {
  VERIFIED: { ratingValue: 5, alternateName: "True" },
  REFUTED: { ratingValue: 1, alternateName: "False" },
};

const day = (t: number | Date) => new Date(t).toISOString().slice(0, 10);

/** The earliest dated source: where the claim first appeared (undated sources last). */
function firstAppearance(sources: readonly ReviewSource[]): ReviewSource | undefined {
  return [...sources].sort((a, b) => (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity))[0];
}

/** A JSON-LD graph of ClaimReviews, or null when no claim has a verdict. */
export function buildClaimReviewJsonLd(input: ClaimReviewInput): Record<string, unknown> | null {
  const author = { "@type": "Organization", name: "Modelwatch", url: input.siteUrl };
  const reviews = input.claims.flatMap((c) => {
    const rating = RATINGS[c.status];
    if (!rating) return [];
    const first = firstAppearance(c.sources);
    const url = `${input.pageUrl}#${claimAnchorId(c.id)}`;
    return [
      {
        "@type": "ClaimReview",
        "@id": url,
        url,
        claimReviewed: c.statement,
        datePublished: day(decidedAt(c)),
        author,
        reviewRating: { "@type": "Rating", ...rating, bestRating: 5, worstRating: 1 },
        itemReviewed: {
          "@type": "Claim",
          about: { "@type": "Thing", name: input.modelName },
          ...(first
            ? {
                ...(first.publishedAt ? { datePublished: day(first.publishedAt) } : {}),
                appearance: {
                  "@type": "CreativeWork",
                  url: first.url,
                  headline: first.title,
                  // Social posts come from people; every other source kind is an outlet or a company.
                  ...(first.publisher
                    ? { author: { "@type": first.kind === "SOCIAL" ? "Person" : "Organization", name: first.publisher } }
                    : {}),
                  ...(first.publishedAt ? { datePublished: day(first.publishedAt) } : {}),
                },
              }
            : {}),
        },
      },
    ];
  });
  if (reviews.length === 0) return null;
  return { "@context": "https://schema.org", "@graph": reviews };
}

/**
 * JSON for a <script type="application/ld+json"> body. "<" is escaped so a
 * statement containing "</script>" cannot close the element early; the JSON
 * still parses to the same strings.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
