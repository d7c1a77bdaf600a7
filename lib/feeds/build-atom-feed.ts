import { el, renderXmlDocument, type XmlElement } from "./xml-builder";

/**
 * Atom (RFC 4287) documents from plain data. The builder refuses what the RFC
 * refuses — a feed or entry without id/title/updated, ids that are not
 * absolute IRIs, duplicate entry ids, an entry with neither content nor an
 * alternate link — so an invalid feed fails in tests, not in readers.
 */

export const ATOM_NS = "http://www.w3.org/2005/Atom";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export interface AtomText {
  type: "text" | "html";
  value: string;
}

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "via";
  type?: string;
  title?: string;
}

export interface AtomCategory {
  term: string;
  scheme?: string;
  label?: string;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  links: AtomLink[];
  summary?: AtomText;
  content?: AtomText;
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Defaults to the newest entry's `updated`, then to `fallbackUpdated`. */
  updated?: Date;
  fallbackUpdated: Date;
  selfUrl: string;
  alternateUrl: string;
  authors: AtomPerson[];
  generator?: { name: string; uri?: string };
  entries: AtomEntry[];
}

export class AtomFeedError extends Error {
  override name = "AtomFeedError";
}

// RFC 3987 IRIs start with a scheme; feed and entry ids must be absolute.
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** RFC 3339 in UTC, without the ".000" milliseconds most dates here carry. */
export function toRfc3339(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new AtomFeedError("invalid date");
  return d.toISOString().replace(/\.000Z$/, "Z");
}

function requireText(what: string, value: string): string {
  if (!value.trim()) throw new AtomFeedError(`${what} is empty`);
  return value;
}

function requireIri(what: string, value: string): string {
  if (!ABSOLUTE_IRI.test(value)) throw new AtomFeedError(`${what} is not an absolute IRI: ${value}`);
  return value;
}

function textConstruct(name: string, t: AtomText): XmlElement {
  return el(name, { type: t.type }, t.value);
}

function linkElement(l: AtomLink): XmlElement {
  return el("link", { rel: l.rel ?? "alternate", type: l.type, href: requireIri("link href", l.href), title: l.title });
}

function categoryElement(c: AtomCategory): XmlElement {
  return el("category", { term: requireText("category term", c.term), scheme: c.scheme, label: c.label });
}

function personElement(name: string, p: AtomPerson): XmlElement {
  return el(name, null, el("name", null, requireText("person name", p.name)), p.uri ? el("uri", null, p.uri) : null);
}

function entryElement(e: AtomEntry): XmlElement {
  const alternates = e.links.filter((l) => (l.rel ?? "alternate") === "alternate");
  if (!e.content && alternates.length === 0) {
    throw new AtomFeedError(`entry ${e.id} has neither content nor an alternate link`);
  }
  return el(
    "entry",
    null,
    el("id", null, requireIri("entry id", e.id)),
    el("title", { type: "text" }, requireText(`title of entry ${e.id}`, e.title)),
    el("updated", null, toRfc3339(e.updated)),
    e.published ? el("published", null, toRfc3339(e.published)) : null,
    ...e.links.map(linkElement),
    ...(e.categories ?? []).map(categoryElement),
    e.summary ? textConstruct("summary", e.summary) : null,
    e.content ? textConstruct("content", e.content) : null,
  );
}

/** Newest entry date, for a feed's `updated`. */
export function newestUpdated(entries: readonly AtomEntry[]): Date | undefined {
  let newest: Date | undefined;
  for (const e of entries) if (!newest || e.updated > newest) newest = e.updated;
  return newest;
}

/** The feed document as a string, ready to serve. */
export function buildAtomFeed(feed: AtomFeed): string {
  const ids = new Set<string>();
  for (const e of feed.entries) {
    if (ids.has(e.id)) throw new AtomFeedError(`duplicate entry id ${e.id}`);
    ids.add(e.id);
  }
  if (feed.authors.length === 0) throw new AtomFeedError("a feed needs an author (its entries have none)");
  const updated = feed.updated ?? newestUpdated(feed.entries) ?? feed.fallbackUpdated;
  const root = el(
    "feed",
    { xmlns: ATOM_NS },
    el("id", null, requireIri("feed id", feed.id)),
    el("title", { type: "text" }, requireText("feed title", feed.title)),
    feed.subtitle ? el("subtitle", { type: "text" }, feed.subtitle) : null,
    el("updated", null, toRfc3339(updated)),
    el("link", { rel: "self", type: "application/atom+xml", href: requireIri("self link", feed.selfUrl) }),
    el("link", { rel: "alternate", type: "text/html", href: requireIri("alternate link", feed.alternateUrl) }),
    ...feed.authors.map((a) => personElement("author", a)),
    feed.generator ? el("generator", { uri: feed.generator.uri }, feed.generator.name) : null,
    ...feed.entries.map(entryElement),
  );
  return renderXmlDocument(root);
}
