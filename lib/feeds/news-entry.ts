import { CLAIM_CATEGORY_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimCategory } from "@/lib/db";
import type { AtomEntry } from "./build-atom-feed";
import { demoNotice, labelled, safeHttpUrl } from "./feed-html";
import type { FeedSite } from "./feed-site";
import { el, renderHtmlFragment } from "./xml-builder";

export interface ReviewedNewsRow {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  /** Sanitized HTML, as stored at ingest. */
  summary: string | null;
  sourceName: string | null;
  publishedAt: Date;
  reviewedAt: Date | null;
  isDemo: boolean;
  suggestedCategories: ClaimCategory[];
}

/**
 * A news item an editor reviewed as relevant to the model. The entry appears
 * in the feed when it was reviewed (`updated`), dated by its publication
 * (`published`), and links to the article itself.
 */
export function newsEntry(site: FeedSite, model: { slug: string; name: string }, n: ReviewedNewsRow): AtomEntry {
  const article = safeHttpUrl(n.canonicalUrl) ?? safeHttpUrl(n.url);
  const profile = site.url(`/models/${encodeURIComponent(model.slug)}`);
  // The summary is HTML already sanitized at ingest; everything around it is built from escaped text.
  const html = [
    renderHtmlFragment([n.isDemo ? demoNotice("This news item is part of the Modelwatch demo story; the outlet and article are fictional.") : null]),
    n.summary ?? "",
    renderHtmlFragment([
      n.sourceName ? labelled("Source", n.sourceName) : null,
      el("p", null, `Reviewed by Modelwatch editors as news about `, el("a", { href: profile }, model.name), "."),
    ]),
  ].join("");
  const updated = n.reviewedAt && n.reviewedAt > n.publishedAt ? n.reviewedAt : n.publishedAt;
  return {
    id: site.tagId(`news/${n.id}`),
    title: n.sourceName ? `${n.title} (${n.sourceName})` : n.title,
    updated,
    published: n.publishedAt,
    links: [
      ...(article ? [{ rel: "alternate" as const, type: "text/html", href: article }] : []),
      { rel: "related", type: "text/html", href: profile },
    ],
    content: { type: "html", value: html },
    categories: [
      { term: "news", scheme: site.tagId("scheme/entry-kind"), label: "Reviewed news" },
      ...n.suggestedCategories.map((c) => ({ term: c, scheme: site.tagId("scheme/claim-category"), label: CLAIM_CATEGORY_LABELS[c] })),
      ...(n.isDemo ? [{ term: "demo", scheme: site.tagId("scheme/data"), label: "Demo data (illustrative)" }] : []),
    ],
  };
}
