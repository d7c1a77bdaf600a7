/**
 * Microsoft's Channel Definition Format (<CHANNEL HREF><ITEM HREF><TITLE>
 * <ABSTRACT>) is RSS in other clothes: rewritten to RSS 2.0 text so the same
 * parser reads it. Null when the document is not CDF.
 */
export function cdfAsRss(text: string, rootName: string): string | null {
  if (rootName.toLowerCase() !== "channel") return null;
  const body = text
    .replace(/<\?xml[^>]*\?>/, "")
    .replace(/<(\/?)([A-Z][A-Z0-9]*)\b/g, (_m, slash: string, name: string) =>
      `<${slash}${name === "ABSTRACT" ? "description" : name.toLowerCase()}`,
    )
    .replace(/<(channel|item)\b([^>]*?)\sBASE\s*=/gi, "<$1$2 xml:base=")
    .replace(/<(channel|item)\b([^>]*?)\sHREF\s*=\s*"([^"]*)"([^>]*?)(\/?)>/gi, (_m, tag: string, before: string, href: string, after: string, selfClosing: string) =>
      `<${tag}${before}${after}><link>${href}</link>${selfClosing ? `</${tag}>` : ""}`,
    );
  return `<rss version="2.0">${body}</rss>`;
}
