import Parser from "rss-parser";
import { permalinkLike, resolveHttpUrl } from "./canonicalize-url";
import { cdfAsRss } from "./cdf-as-rss";
import { parseFeedDate } from "./feed-dates";
import { FeedFetchError } from "./feed-fetch-error";
import { feedHtmlToText } from "./feed-html-to-text";
import { identifyFeedItem, normalizeFeedItem, xmlLangOf, type NormalizedFeedItem } from "./normalize-feed-item";
import { feedPrefixStripper, repairFeedText, repairXmlNode } from "./repair-xml-node";
import { xmlNodeText, type XmlNode } from "./xml-node-text";

export type { NormalizedFeedItem } from "./normalize-feed-item";

export interface ParsedFeed {
  format: "atom" | "rss";
  title: string | null;
  link: string | null;
  /** RSS <ttl> in minutes, when the feed gives a sane one (1 minute to 1 week). */
  ttlMinutes: number | null;
  updatedAt: Date | null;
  /** The feed's declared language (RSS <language>, dc:language, Atom xml:lang), as written. */
  language: string | null;
  items: NormalizedFeedItem[];
  /** Items dropped because an earlier item had the same GUID hash. */
  duplicatesDropped: number;
  /** Items left out, unread, because `storedHashes` knew their GUID hash. */
  alreadyStored: number;
}

export interface ParseFeedOptions {
  /** The URL the feed was fetched from (after redirects). */
  url: string;
  /** The response's Content-Location, which overrides the base for relative links. */
  contentLocation?: string | null;
  fetchedAt: Date;
  /** Feeds are newest first; beyond this many items the rest is ignored. */
  maxItems?: number;
  /**
   * Which of these GUID hashes the feed's stored items have. Those items are left out before their
   * HTML is sanitized: a feed without ETag or Last-Modified serves every known item on every fetch.
   */
  storedHashes?: (guidHashes: string[]) => Promise<ReadonlySet<string>>;
}

const attributes: [string, string, { keepArray: true }] = ["$", "xmlAttributes", { keepArray: true }];

type RawFeed = Record<string, XmlNode> & { items: Array<Record<string, XmlNode>> };

async function parseWithRssParser(text: string): Promise<RawFeed> {
  text = cdfAsRss(text, rootElementName(text)) ?? text;
  // A parser per call: xml2js parsers keep listeners between calls.
  const parser = new Parser<Record<string, XmlNode>, Record<string, XmlNode>>({
    defaultRSS: 2,
    xml2js: { validator: repairXmlNode, tagNameProcessors: [feedPrefixStripper(text)] },
    customFields: {
      // The typings allow only names here; the runtime takes [from, to, options] like items.
      feed: [attributes, "id", "dc:language"] as unknown as string[],
      item: [attributes, "issued", "modified", "created", "media:title", "language"],
    },
  });
  return (await parser.parseString(text)) as RawFeed;
}

function rootElementName(text: string): string {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, "");
  return /<([A-Za-z_][\w.:-]*)/.exec(withoutComments)?.[1] ?? "";
}

/** The xml:base in an element's attributes, resolved against the enclosing base. */
function baseOf(attributes: XmlNode, outer: string): string {
  const base = attributes && typeof attributes === "object" && !Array.isArray(attributes) ? attributes["xml:base"] : undefined;
  return (typeof base === "string" && resolveHttpUrl(base, outer)?.href) || outer;
}

/**
 * Decoded feed text to a normalized feed: rss-parser reads RSS 0.9x/1.0/2.0
 * and Atom; every item comes out with plain-text title, safe links, a
 * published date that is never in the future, sanitized HTML and a GUID hash,
 * duplicates (same GUID hash) dropped.
 */
export async function parseFeed(text: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  let raw: RawFeed;
  try {
    raw = await parseWithRssParser(text);
  } catch (cause) {
    try {
      raw = await parseWithRssParser(repairFeedText(text));
    } catch {
      const looksHtml = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)/i.test(text);
      throw new FeedFetchError(
        "bad-content",
        looksHtml ? "This is an HTML page, not a feed; look for its feed link." : `This is not a readable RSS or Atom feed (${(cause as Error).message.split("\n")[0]}).`,
        { cause },
      );
    }
  }
  const format = /(^|:)feed$/.test(rootElementName(text)) ? "atom" : "rss";
  const documentBase = resolveHttpUrl(options.contentLocation, options.url)?.href ?? options.url;
  const feedBase = baseOf(raw.xmlAttributes, documentBase);
  const feedDate = parseFeedDate(xmlNodeText(raw.lastBuildDate)) ?? parseFeedDate(xmlNodeText(raw.pubDate));
  const ttl = Number.parseInt(xmlNodeText(raw.ttl), 10);

  const rawItems = (raw.items ?? []).slice(0, options.maxItems ?? 500).map((rawItem) => {
    const base = baseOf(rawItem.xmlAttributes, feedBase);
    return { rawItem, base, identity: identifyFeedItem(rawItem, base) };
  });
  const known = options.storedHashes ? await options.storedHashes([...new Set(rawItems.flatMap((r) => r.identity.guidHash ?? []))]) : new Set<string>();
  const seen = new Set<string>();
  const items: NormalizedFeedItem[] = [];
  let duplicatesDropped = 0;
  let alreadyStored = 0;
  for (const { rawItem, base, identity } of rawItems) {
    if (identity.guidHash && known.has(identity.guidHash)) {
      alreadyStored++;
      continue;
    }
    const item = normalizeFeedItem(rawItem, { format, base, feedDate, fetchedAt: options.fetchedAt }, identity);
    if (!item) continue;
    if (seen.has(item.guidHash)) {
      duplicatesDropped++;
      continue;
    }
    seen.add(item.guidHash);
    items.push(item);
  }
  const title = feedHtmlToText(xmlNodeText(raw.title));
  return {
    format,
    title: title || null,
    link: resolveHttpUrl(xmlNodeText(raw.link) || permalinkLike(xmlNodeText(raw.id)), feedBase)?.href ?? null,
    ttlMinutes: ttl >= 1 && ttl <= 7 * 24 * 60 ? ttl : null,
    updatedAt: feedDate,
    language: xmlNodeText(raw.language).trim() || xmlNodeText(raw["dc:language"]).trim() || xmlLangOf(raw.xmlAttributes),
    items,
    duplicatesDropped,
    alreadyStored,
  };
}
