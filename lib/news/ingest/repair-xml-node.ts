import { parseFeedDate } from "./feed-dates";
import { xmlNodeText, type XmlNode } from "./xml-node-text";

type XmlElement = { [key: string]: XmlNode };
const escapeHtmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const isElement = (value: XmlNode): value is XmlElement => !!value && typeof value === "object" && !Array.isArray(value);

const binaryMimeType = /^(?!text\/)[\w.+-]+\/(?![\w.-]*\+?xml$)[\w.+-]+$/i;

/** Atom 0.3 mode="base64", or an Atom 1.0 type that is neither text nor XML, carries base64. */
function decodeBase64Element(value: XmlElement): XmlElement {
  const attributes = isElement(value.$ ?? null) ? (value.$ as XmlElement) : {};
  const { mode, type } = attributes;
  const base64 = mode === "base64" || (typeof type === "string" && binaryMimeType.test(type.trim()));
  if (!base64 || typeof value._ !== "string") return value;
  return { ...value, _: Buffer.from(value._.replace(/\s+/g, ""), "base64").toString("utf8") };
}

/** Links come as text (RSS), as href (Atom), or as both in odd feeds: give every link both. */
function normalizeLink(value: XmlNode): XmlNode {
  if (typeof value === "string") return { _: value, $: { href: value } };
  if (!isElement(value)) return value;
  const attributes = isElement(value.$ ?? null) ? (value.$ as XmlElement) : {};
  const href = typeof attributes.href === "string" ? attributes.href : typeof value._ === "string" ? value._.trim() : "";
  return { ...value, _: typeof value._ === "string" && value._.trim() ? value._ : href, $: { ...attributes, href } };
}

/**
 * An xml2js `validator`: repairs nodes rss-parser would otherwise throw on or
 * misread (an Atom <link> without href, an RSS <link href>, an unparseable
 * <published>, a root without a channel, Atom 0.3 base64 content), so one odd
 * element cannot lose the whole feed.
 */
export function repairXmlNode(xpath: string, _existing: unknown, value: XmlNode): XmlNode {
  const name = xpath.slice(xpath.lastIndexOf("/") + 1);
  if (isElement(value)) value = decodeBase64Element(value);
  if (name === "link") return normalizeLink(value);
  // Inline markup in a title (<title>Example <b>Atom</b></title>) is still the title's text.
  if (name === "title" && isElement(value) && Object.keys(value).some((key) => key !== "$" && key !== "_")) {
    // Its text nodes are already decoded: escape them again, titles are read as HTML next.
    return { $: value.$ ?? {}, _: escapeHtmlText(xmlNodeText(value).replace(/\s+/g, " ")) };
  }
  // An RSS or RDF root without a channel is an empty feed, not a parser crash.
  if (xpath === "/rss" || xpath === "/rdf:RDF") {
    if (!isElement(value)) return { channel: [{}] };
    if (!value.channel) return { ...value, channel: [{}] };
  }
  if (name === "published" || name === "updated") {
    const text = xmlNodeText(value).trim();
    return parseFeedDate(text) ? text : "";
  }
  return value;
}

const rssAndAtomNamespaces = [
  "http://purl.org/rss/1.0/",
  "http://my.netscape.com/rdf/simple/0.9/",
  "http://backend.userland.com/rss2",
  "http://blogs.law.harvard.edu/tech/rss",
  "http://www.w3.org/2005/Atom",
  "http://purl.org/atom/ns#",
];

/**
 * Feeds that bind the RSS or Atom namespace to a prefix (<rss:title>) mean the
 * same elements as unprefixed ones: an xml2js tag-name processor that drops
 * exactly those prefixes (and keeps dc:, content:, media:…).
 */
export function feedPrefixStripper(text: string): (name: string) => string {
  const prefixes = new Set<string>();
  for (const match of text.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    if (rssAndAtomNamespaces.includes(match[2]!) && match[1] !== "rdf") prefixes.add(match[1]!);
  }
  return (name) => {
    const colon = name.indexOf(":");
    return colon > 0 && prefixes.has(name.slice(0, colon)) ? name.slice(colon + 1) : name;
  };
}

/**
 * The commonest breakage in real feeds, repaired for one more strict parse:
 * bare ampersands (in URLs) and a final closing tag cut before its ">".
 */
export function repairFeedText(text: string): string {
  return text
    .replace(/&(?!(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, "&amp;")
    .replace(/<\/([A-Za-z_][\w.:-]*)\s*$/, "</$1>");
}
