import { canonicalizeUrl, permalinkLike, resolveHttpUrl } from "./canonicalize-url";
import { parseFeedDate, resolvePublishedAt } from "./feed-dates";
import { feedExcerpt, feedHtmlToText } from "./feed-html-to-text";
import { hashFeedGuid } from "./hash-feed-guid";
import { sanitizeFeedHtml } from "./sanitize-feed-html";
import { xmlNodeText, type XmlNode } from "./xml-node-text";

/** One item as rss-parser hands it over (RSS and Atom keys mixed). */
export type RawFeedItem = Record<string, XmlNode>;

export interface NormalizedFeedItem {
  /** The feed's own identifier (RSS guid, Atom id, RDF about), as given. */
  guid: string | null;
  /** SHA-256 hex of the guid, else of the canonical URL: the dedupe key within a feed. */
  guidHash: string;
  /** Plain text: tags stripped, entities decoded, whitespace collapsed. May be empty. */
  title: string;
  /** The item's link resolved against its base, http(s) only. */
  link: string | null;
  /** `link` without tracking parameters or fragment: the dedupe key across feeds. */
  canonicalUrl: string | null;
  author: string | null;
  publishedAt: Date;
  /** Where publishedAt came from; "fetch" means the feed gave no usable date. */
  publishedAtSource: "item" | "feed" | "fetch";
  /** Sanitized HTML (allowlist) or null. */
  summaryHtml: string | null;
  contentHtml: string | null;
  /** Plain-text excerpt of the summary (or content), for lists and matching. */
  excerpt: string;
  enclosure: { url: string; type: string | null; length: number | null } | null;
  /** The language the item declares (xml:lang, dc:language), as written; null when it does not. */
  language: string | null;
}

export interface NormalizeContext {
  format: "atom" | "rss";
  /** xml:base of the item, else the feed's, else the document URL. */
  base: string;
  feedDate: Date | null;
  fetchedAt: Date;
}

const text = (node: XmlNode) => xmlNodeText(node).trim();
const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

function htmlOrNull(node: XmlNode, base: string): string | null {
  const html = text(node);
  if (!html) return null;
  return sanitizeFeedHtml(html, base) || null;
}

function enclosureOf(node: XmlNode, base: string): NormalizedFeedItem["enclosure"] {
  if (!node || typeof node !== "object" || Array.isArray(node)) return null;
  const url = resolveHttpUrl(typeof node.url === "string" ? node.url : null, base);
  if (!url) return null;
  const type = typeof node.type === "string" && /^[\w.+-]+\/[\w.+-]+$/.test(node.type.trim()) ? node.type.trim() : null;
  const length = Number(node.length);
  return { url: url.href, type, length: Number.isSafeInteger(length) && length >= 0 ? length : null };
}

/** The xml:lang among an element's attributes (as rss-parser hands them over), if any. */
export function xmlLangOf(attributes: XmlNode): string | null {
  const lang = attributes && typeof attributes === "object" && !Array.isArray(attributes) ? attributes["xml:lang"] : undefined;
  return typeof lang === "string" && lang.trim() ? lang.trim() : null;
}

/** What identifies an item within its feed: read before anything costly, such as sanitizing its HTML. */
export interface FeedItemIdentity {
  guid: string | null;
  link: string | null;
  canonicalUrl: string | null;
  title: string;
  /** Null when only the item's text identifies it (no GUID, no link): known once its HTML is read. */
  guidHash: string | null;
}

export function identifyFeedItem(raw: RawFeedItem, base: string): FeedItemIdentity {
  const guid = text(raw.guid) || text(raw.id) || text(raw["rdf:about"]) || null;
  // A permalink-style GUID stands in for a missing link (as feed readers do).
  const link = resolveHttpUrl(text(raw.link) || permalinkLike(guid), base)?.href ?? null;
  const canonicalUrl = canonicalizeUrl(link);
  const title = clip(feedHtmlToText(text(raw.title) || text(raw["media:title"])), 1000);
  return { guid, link, canonicalUrl, title, guidHash: guid || canonicalUrl ? hashFeedGuid(guid, canonicalUrl, "") : null };
}

/** A raw item normalized and made safe; null when it has nothing to identify or show. */
export function normalizeFeedItem(
  raw: RawFeedItem,
  context: NormalizeContext,
  identity: FeedItemIdentity = identifyFeedItem(raw, context.base),
): NormalizedFeedItem | null {
  const { base } = context;
  const { guid, link, canonicalUrl, title } = identity;
  const summarySource = context.format === "atom" ? raw.summary : raw.content;
  const contentSource = raw["content:encoded"] ?? (context.format === "atom" ? raw.content : undefined);
  const summaryHtml = htmlOrNull(summarySource, base);
  const contentHtml = htmlOrNull(contentSource, base);
  const excerpt = feedExcerpt(summaryHtml ?? contentHtml ?? "");
  if (!guid && !link && !title && !excerpt) return null;

  const itemDate =
    parseFeedDate(text(raw.isoDate)) ??
    [raw.pubDate, raw.date, raw.published, raw.updated, raw.issued, raw.modified, raw.created]
      .map((node) => parseFeedDate(text(node)))
      .find((date) => date !== null) ??
    null;
  const publishedAt = resolvePublishedAt(itemDate, context.feedDate, context.fetchedAt);
  const author = clip(feedHtmlToText(text(raw.creator) || text(raw.author)), 200);
  return {
    guid: guid ? clip(guid, 2000) : null,
    guidHash: identity.guidHash ?? hashFeedGuid(guid, canonicalUrl, `${title}\n${excerpt}`),
    title,
    link,
    canonicalUrl,
    author: author || null,
    publishedAt,
    publishedAtSource: itemDate ? "item" : context.feedDate ? "feed" : "fetch",
    summaryHtml,
    contentHtml,
    excerpt,
    enclosure: enclosureOf(raw.enclosure, base),
    language: text(raw.language) || xmlLangOf(raw.xmlAttributes),
  };
}
