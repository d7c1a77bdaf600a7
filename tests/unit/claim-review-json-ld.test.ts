import { describe, expect, it } from "vitest";
import { buildClaimReviewJsonLd, serializeJsonLd, type ReviewableClaim } from "@/lib/claims/build-claim-review-json-ld";

const source = (title: string, publishedAt: string | null, kind: ReviewableClaim["sources"][number]["kind"] = "PRESS") => ({
  url: `https://example.com/${encodeURIComponent(title)}`,
  title,
  publisher: `${title} Publisher`,
  kind,
  publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
});

const claims: ReviewableClaim[] = [
  {
    id: "own",
    statement: "Made by Alibaba's ATH AI Innovation Unit.",
    status: "VERIFIED",
    updatedAt: "2026-11-01T00:00:00Z",
    events: [
      { type: "CREATED", toStatus: "UNVERIFIED", createdAt: "2026-07-07T10:00:00Z" },
      { type: "STATUS_CHANGED", toStatus: "VERIFIED", createdAt: "2026-08-31T15:00:00Z" },
    ],
    // Stored newest first: the first appearance is the oldest dated one.
    sources: [source("Official statement", "2026-08-31", "OFFICIAL"), source("Sleuth thread", "2026-07-06", "SOCIAL"), source("Undated", null)],
  },
  { id: "weights", statement: "Weights are open.", status: "REFUTED", updatedAt: "2026-06-24T15:00:00Z", sources: [source("Terms", "2026-06-16", "OFFICIAL")] },
  { id: "open", statement: "About 15B parameters.", status: "UNVERIFIED", updatedAt: "2026-07-21T00:00:00Z", sources: [] },
  { id: "gone", statement: "Retracted thing.", status: "RETRACTED", updatedAt: "2026-07-21T00:00:00Z", sources: [] },
  { id: "fight", statement: "Disputed thing.", status: "DISPUTED", updatedAt: "2026-07-21T00:00:00Z", sources: [] },
];

const input = { modelName: "HappyHorse 1.0", pageUrl: "https://mw.example/models/happyhorse-1-0", siteUrl: "https://mw.example/", claims };

describe("buildClaimReviewJsonLd", () => {
  it("publishes a ClaimReview for verified and refuted claims only", () => {
    const ld = buildClaimReviewJsonLd(input);
    const graph = ld?.["@graph"] as Record<string, unknown>[];
    expect(ld?.["@context"]).toBe("https://schema.org");
    expect(graph.map((r) => r.claimReviewed)).toEqual(["Made by Alibaba's ATH AI Innovation Unit.", "Weights are open."]);
  });

  it("carries the verdict, the date it was reached, the author and the claim's anchor", () => {
    const [own, weights] = buildClaimReviewJsonLd(input)?.["@graph"] as Record<string, unknown>[];
    expect(own).toMatchObject({
      "@type": "ClaimReview",
      url: "https://mw.example/models/happyhorse-1-0#claim-own",
      datePublished: "2026-08-31",
      author: { "@type": "Organization", name: "Modelwatch", url: "https://mw.example/" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" },
    });
    expect(weights).toMatchObject({ datePublished: "2026-06-24", reviewRating: { ratingValue: 1, alternateName: "False" } });
  });

  it("the reviewed Claim appears first where it was first published", () => {
    const [own] = buildClaimReviewJsonLd(input)?.["@graph"] as Record<string, unknown>[];
    expect(own?.itemReviewed).toEqual({
      "@type": "Claim",
      about: { "@type": "Thing", name: "HappyHorse 1.0" },
      datePublished: "2026-07-06",
      appearance: {
        "@type": "CreativeWork",
        url: "https://example.com/Sleuth%20thread",
        headline: "Sleuth thread",
        author: { "@type": "Person", name: "Sleuth thread Publisher" },
        datePublished: "2026-07-06",
      },
    });
  });

  it("is null when nothing is settled", () => {
    expect(buildClaimReviewJsonLd({ ...input, claims: claims.slice(2) })).toBeNull();
    expect(buildClaimReviewJsonLd({ ...input, claims: [] })).toBeNull();
  });
});

describe("serializeJsonLd", () => {
  it("escapes '<' so a statement cannot close the script element, and still parses back", () => {
    const data = { claimReviewed: "</script><script>alert(1)</script>" };
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(data);
  });
});
