// What a signal says when it leaves the site (webhook body, e-mail, private
// Atom feed): its subject named by stable ids, with links to the subject
// itself on the site and in the API. Ids and slugs are read when the message is
// built (a renamed model's link still works); a claim is as the change left it
// (recorded in the signal's payload), else as it is now.
import type { ClaimCategory, ClaimStatus, Prisma, SignalType } from "../db";
import { claimAnchorId } from "../claims/claim-anchor";

export const SIGNAL_SUBJECT_SELECT = {
  id: true,
  type: true,
  title: true,
  verified: true,
  occurredAt: true,
  payload: true,
  model: { select: { id: true, slug: true, name: true } },
  claim: { select: { id: true, category: true, statement: true, status: true, version: true } },
  leaderboard: { select: { id: true, slug: true, name: true } },
  feed: { select: { id: true, url: true, title: true } },
  newsItem: { select: { id: true, title: true, url: true, sourceName: true, publishedAt: true } },
} as const satisfies Prisma.SignalSelect;

export type SignalSubjectRow = Prisma.SignalGetPayload<{ select: typeof SIGNAL_SUBJECT_SELECT }>;

export interface ClaimRef {
  id: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  version: number;
}

export interface SignalDocument {
  signalId: string;
  type: SignalType;
  title: string;
  occurredAt: string;
  verified: boolean;
  /** The subject itself on the site: the claim, the board, the article, the model. */
  url: string;
  model: { id: string; slug: string; name: string; url: string; apiUrl: string } | null;
  claim: (ClaimRef & { url: string; apiUrl: string }) | null;
  leaderboard: { id: string; slug: string; name: string; url: string; apiUrl: string } | null;
  newsItem: { id: string; title: string; url: string; sourceName: string | null; publishedAt: string } | null;
  feed: { id: string; url: string; title: string | null; healthUrl: string } | null;
  /** The change's details as recorded with it (from/to, notes, figures); per type in the OpenAPI document. */
  payload: Record<string, unknown>;
}

const CLAIM_STATUSES: readonly ClaimStatus[] = ["UNVERIFIED", "VERIFIED", "DISPUTED", "REFUTED", "RETRACTED"];

/** The claim snapshot a claim change records in its payload (recordClaimChange), if this payload has one. */
function recordedClaim(payload: Record<string, unknown>): ClaimRef | null {
  const c = payload.claim;
  if (!c || typeof c !== "object") return null;
  const { id, category, statement, status, version } = c as Record<string, unknown>;
  if (typeof id !== "string" || typeof category !== "string" || typeof statement !== "string" || typeof version !== "number") return null;
  if (!CLAIM_STATUSES.includes(status as ClaimStatus)) return null;
  return { id, category: category as ClaimCategory, statement, status: status as ClaimStatus, version };
}

const asRecord = (v: Prisma.JsonValue): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The path on this site a signal points at (inbox links, and the base of `url`). */
export function signalSubjectPath(s: {
  type: SignalType;
  model: { slug: string } | null;
  claim: { id: string } | null;
  leaderboard: { slug: string } | null;
}): string {
  if (s.claim && s.model) return `/models/${s.model.slug}/claims#${claimAnchorId(s.claim.id)}`;
  if (s.leaderboard && (s.type === "RANK_CHANGED" || s.type === "RATING_MOVED" || s.type === "INTERVALS_SEPARATED" || s.type === "NEW_CONTENDER")) {
    return `/leaderboards/${s.leaderboard.slug}`;
  }
  if (s.leaderboard && (s.type === "SOURCE_BROKEN" || s.type === "SOURCE_RECOVERED")) return `/editor/leaderboards/${s.leaderboard.slug}`;
  if (s.type === "CLAIM_PROPOSED" && s.model) return `/models/${s.model.slug}/claims`;
  if (s.model) return `/models/${s.model.slug}`;
  if (s.type === "FEED_BROKEN" || s.type === "FEED_RECOVERED") return "/editor/feeds";
  return "/watchlist";
}

/** The document for one signal; `site` is the site's public base URL (NEXTAUTH_URL). */
export function toSignalDocument(s: SignalSubjectRow, site: URL): SignalDocument {
  const abs = (path: string) => new URL(path.replace(/^\//, ""), site).toString();
  const payload = asRecord(s.payload);
  const claim = recordedClaim(payload) ?? s.claim;
  return {
    signalId: s.id,
    type: s.type,
    title: s.title,
    occurredAt: s.occurredAt.toISOString(),
    verified: s.verified,
    url: s.type === "NEWS_REVIEWED" && s.newsItem ? s.newsItem.url : abs(signalSubjectPath(s)),
    model: s.model ? { ...s.model, url: abs(`/models/${s.model.slug}`), apiUrl: abs(`/api/v1/models/${s.model.slug}`) } : null,
    claim:
      claim && s.model
        ? { ...claim, url: abs(`/models/${s.model.slug}/claims#${claimAnchorId(claim.id)}`), apiUrl: abs(`/api/v1/claims/${claim.id}`) }
        : null,
    leaderboard: s.leaderboard
      ? { ...s.leaderboard, url: abs(`/leaderboards/${s.leaderboard.slug}`), apiUrl: abs(`/api/v1/leaderboards/${s.leaderboard.slug}/standings`) }
      : null,
    newsItem: s.newsItem ? { ...s.newsItem, publishedAt: s.newsItem.publishedAt.toISOString() } : null,
    feed: s.feed ? { ...s.feed, healthUrl: abs("/editor/feeds") } : null,
    payload,
  };
}

/** The subject's ids and API links, one line each, for the mail's text part. */
export function subjectFacts(d: SignalDocument): string[] {
  const facts: string[] = [];
  if (d.claim) facts.push(`Claim ${d.claim.id} · ${d.claim.category} · ${d.claim.status} · version ${d.claim.version} · ${d.claim.apiUrl}`);
  if (d.leaderboard) facts.push(`Leaderboard ${d.leaderboard.slug} (${d.leaderboard.name}) · ${d.leaderboard.url}`);
  if (d.newsItem) facts.push(`News item ${d.newsItem.id}${d.newsItem.sourceName ? ` · ${d.newsItem.sourceName}` : ""} · ${d.newsItem.url}`);
  if (d.feed) facts.push(`Feed ${d.feed.id} · ${d.feed.url}`);
  if (d.model) facts.push(`Model ${d.model.slug} (id ${d.model.id}) · ${d.model.url}`);
  return facts;
}
