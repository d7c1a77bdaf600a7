// A subscriber's private Atom feed: their notifications for the FEED channel,
// at a URL whose secret only its hash identifies. A revoked or unknown secret
// is simply no feed (404), whoever asks.
import { hashOneTimeToken } from "../auth/one-time-token";
import type { Db } from "../db";
import { signalLink } from "../watch/notification-dto";
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
    select: { id: true, createdAt: true, signal: { select: { type: true, title: true, verified: true, occurredAt: true, model: { select: { slug: true, name: true } } } } },
  });
  return {
    id: site.tagId(`private-feed/${user.id}`),
    title: "Modelwatch: your watch-list",
    subtitle: "Changes on the models you watch",
    fallbackUpdated: new Date(0),
    selfUrl: site.url(`/feeds/me/${token}`),
    alternateUrl: site.url("/inbox"),
    authors: [{ name: "Modelwatch" }],
    entries: rows.map((n) => ({
      id: site.tagId(`notification/${n.id}`),
      title: n.signal.title,
      updated: n.createdAt,
      published: n.signal.occurredAt,
      links: [{ href: site.url(signalLink(n.signal.type, n.signal.model)), rel: "alternate" as const }],
      summary: { type: "text" as const, value: `${SIGNAL_LABELS[n.signal.type]}${n.signal.model ? ` · ${n.signal.model.name}` : ""}${n.signal.verified ? " · verified" : ""}` },
      categories: [{ term: n.signal.type, label: SIGNAL_LABELS[n.signal.type] }],
    })),
  };
}
