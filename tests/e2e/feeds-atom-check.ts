import { childrenNamed, childText, parseXmlTree, RFC3339, type XmlTreeElement } from "./feeds-xml-tree";

const ATOM = "http://www.w3.org/2005/Atom";
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const TEXT_TYPES = new Set(["text", "html", "xhtml"]);

export interface AtomEntrySummary {
  id: string;
  title: string;
  updated: string;
  published?: string;
  links: { rel: string; href: string }[];
  categories: string[];
  content: string;
  summary: string;
}

export interface CheckedFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  links: { rel: string; href: string; type?: string }[];
  entries: AtomEntrySummary[];
  /** RFC 4287 requirements the document breaks; empty when valid. */
  problems: string[];
}

function checkTextConstructs(node: XmlTreeElement, where: string, problems: string[]): void {
  for (const name of ["title", "subtitle", "summary", "content", "rights"]) {
    for (const t of childrenNamed(node, name, ATOM)) {
      const type = t.attrs.type ?? "text";
      if (!TEXT_TYPES.has(type)) problems.push(`${where}: ${name} has type "${type}"`);
    }
  }
}

function checkOne(node: XmlTreeElement, name: string, where: string, problems: string[]): string {
  const found = childrenNamed(node, name, ATOM);
  if (found.length !== 1) problems.push(`${where}: expected exactly one atom:${name}, found ${found.length}`);
  return found[0]?.text ?? "";
}

function checkAlternates(node: XmlTreeElement, where: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const l of childrenNamed(node, "link", ATOM)) {
    if (!l.attrs.href) problems.push(`${where}: link without href`);
    if ((l.attrs.rel ?? "alternate") !== "alternate") continue;
    const key = `${l.attrs.type ?? ""}|${l.attrs.hreflang ?? ""}`;
    if (seen.has(key)) problems.push(`${where}: two alternate links with the same type and hreflang`);
    seen.add(key);
  }
}

/** Parses an Atom document with a real XML parser and lists what RFC 4287 requirements it breaks. */
export function checkAtomFeed(xml: string): CheckedFeed {
  const root = parseXmlTree(xml);
  const problems: string[] = [];
  if (root.local !== "feed" || root.uri !== ATOM) problems.push(`root is {${root.uri}}${root.local}, not atom:feed`);
  const id = checkOne(root, "id", "feed", problems);
  const title = checkOne(root, "title", "feed", problems);
  const updated = checkOne(root, "updated", "feed", problems);
  if (!ABSOLUTE_IRI.test(id)) problems.push(`feed id is not an absolute IRI: ${id}`);
  if (!RFC3339.test(updated)) problems.push(`feed updated is not RFC 3339: ${updated}`);
  checkTextConstructs(root, "feed", problems);
  checkAlternates(root, "feed", problems);
  const links = childrenNamed(root, "link", ATOM).map((l) => ({ rel: l.attrs.rel ?? "alternate", href: l.attrs.href ?? "", type: l.attrs.type }));
  if (!links.some((l) => l.rel === "self")) problems.push("feed has no rel=self link");

  const feedHasAuthor = childrenNamed(root, "author", ATOM).some((a) => childText(a, "name")?.trim());
  const ids = new Set<string>();
  const entries = childrenNamed(root, "entry", ATOM).map((e, i) => {
    const where = `entry ${i + 1}`;
    const entryId = checkOne(e, "id", where, problems);
    const entryTitle = checkOne(e, "title", where, problems);
    const entryUpdated = checkOne(e, "updated", where, problems);
    if (!ABSOLUTE_IRI.test(entryId)) problems.push(`${where}: id is not an absolute IRI: ${entryId}`);
    if (ids.has(entryId)) problems.push(`${where}: duplicate id ${entryId}`);
    ids.add(entryId);
    if (!entryTitle.trim()) problems.push(`${where}: empty title`);
    if (!RFC3339.test(entryUpdated)) problems.push(`${where}: updated is not RFC 3339: ${entryUpdated}`);
    const published = childrenNamed(e, "published", ATOM)[0]?.text;
    if (published !== undefined && !RFC3339.test(published)) problems.push(`${where}: published is not RFC 3339: ${published}`);
    const entryLinks = childrenNamed(e, "link", ATOM).map((l) => ({ rel: l.attrs.rel ?? "alternate", href: l.attrs.href ?? "" }));
    const content = childrenNamed(e, "content", ATOM)[0];
    if (!content && !entryLinks.some((l) => l.rel === "alternate")) problems.push(`${where}: neither content nor an alternate link`);
    if (!feedHasAuthor && !childrenNamed(e, "author", ATOM).length) problems.push(`${where}: no author and the feed has none`);
    checkTextConstructs(e, where, problems);
    checkAlternates(e, where, problems);
    for (const c of childrenNamed(e, "category", ATOM)) if (!c.attrs.term) problems.push(`${where}: category without term`);
    return {
      id: entryId,
      title: entryTitle,
      updated: entryUpdated,
      published,
      links: entryLinks,
      categories: childrenNamed(e, "category", ATOM).map((c) => c.attrs.term ?? ""),
      content: content?.text ?? "",
      summary: childrenNamed(e, "summary", ATOM)[0]?.text ?? "",
    };
  });
  return { id, title, subtitle: childText(root, "subtitle") ?? "", updated, links, entries, problems };
}
