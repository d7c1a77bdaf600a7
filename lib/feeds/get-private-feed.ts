// A subscriber's private Atom feed: their notifications for the FEED channel,
// at a URL whose secret only its hash identifies. A revoked or unknown secret
// is simply no feed (404), whoever asks.
import { hashOneTimeToken } from "../auth/one-time-token";
import type { Db } from "../db";
import { SIGNAL_SUBJECT_SELECT, subjectFacts, toSignalDocument } from "../watch/signal-document";
import { SIGNAL_LABELS } from "../watch/watch-signal-labels";
import type { AtomFeed } from "./build-atom-feed";
import type { FeedSite } from "./feed-site";

const ENTRIES = 100;

export async function getPrivateFeed(db: Db, site: FeedSite, token: string): Promise<AtomFeed | null> {
  const user = await db.user.findUnique({ where: { feedTokenHash: hashOneTimeToken(token) }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  const rows = await db.notification.findMany({
    where: { userId: user.id, feed: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ENTRIES,
    select: { id: true, createdAt: true, signal: { select: SIGNAL_SUBJECT_SELECT } },
  });
  const base = new URL(site.url("/"));
  return {
    id: site.tagId(`private-feed/${user.id}`),
    title: "Modelwatch: your watch-list",
    subtitle: "Changes on the models you watch",
    fallbackUpdated: new Date(0),
    selfUrl: site.url(`/feeds/me/${token}`),
    alternateUrl: site.url("/inbox"),
    authors: [{ name: "Modelwatch" }],
    entries: rows.map((n) => {
      const doc = toSignalDocument(n.signal, base);
      const heading = `${SIGNAL_LABELS[doc.type]}${doc.model ? ` · ${doc.model.name}` : ""}${doc.verified ? " · verified" : ""}`;
      return {
        id: site.tagId(`notification/${n.id}`),
        title: doc.title,
        updated: n.createdAt,
        published: n.signal.occurredAt,
        // The subject itself (the claim, the board, the article), then its API resource.
        links: [
          { href: doc.url, rel: "alternate" as const },
          ...(doc.claim ? [{ href: doc.claim.apiUrl, rel: "related" as const }] : []),
        ],
        summary: { type: "text" as const, value: [heading, ...subjectFacts(doc)].join("\n") },
        categories: [{ term: doc.type, label: SIGNAL_LABELS[doc.type] }, ...(doc.claim ? [{ term: doc.claim.category }] : [])],
      };
    }),
  };
}
