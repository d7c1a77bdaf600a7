import type { Metadata } from "next";

export interface ModelMetadataInput {
  slug: string;
  name: string;
  organizationName: string | null;
  verifiedClaims: number;
  totalClaims: number;
  /** The model's latest standing on its main (first-listed) leaderboard, if it is on one. */
  mainBoard: { name: string; rank: number | null } | null;
}

/** "5 of 10 claims verified · rank 1 on Text to video (no audio)": what a link preview should say first. */
export function describeModel(input: ModelMetadataInput): string {
  const parts = [
    input.totalClaims === 0
      ? "No claims recorded yet"
      : `${input.verifiedClaims} of ${input.totalClaims} claim${input.totalClaims === 1 ? "" : "s"} verified`,
  ];
  if (input.mainBoard) {
    parts.push(
      input.mainBoard.rank === null
        ? `not yet ranked on ${input.mainBoard.name}`
        : `rank ${input.mainBoard.rank} on ${input.mainBoard.name}`,
    );
  }
  const owner = input.organizationName ? ` by ${input.organizationName}` : ", owner unconfirmed";
  return `${parts.join(" · ")}. ${input.name}${owner}: claims with their evidence, Elo ratings with 95% intervals, and reviewed news.`;
}

/**
 * Title, description, canonical URL, the model's Atom feed as an alternate,
 * and Open Graph / Twitter card tags. Paths are relative: the root layout's
 * metadataBase makes them absolute. Open Graph is restated whole because a
 * page's openGraph replaces the layout's rather than merging with it.
 */
export function buildModelMetadata(input: ModelMetadataInput): Metadata {
  const path = `/models/${input.slug}`;
  const description = describeModel(input);
  const title = `${input.name} · Modelwatch`;
  return {
    title: input.name,
    description,
    alternates: {
      canonical: path,
      types: { "application/atom+xml": [{ url: `/feeds/models/${input.slug}`, title: `${input.name}: claims and news (Atom)` }] },
    },
    openGraph: { type: "website", siteName: "Modelwatch", locale: "en", url: path, title, description },
    twitter: { card: "summary", title, description },
  };
}
