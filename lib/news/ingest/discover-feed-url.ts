import { Parser } from "htmlparser2";
import { resolveHttpUrl } from "./canonicalize-url";

const feedTypes = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml"]);

export interface DiscoveredFeed {
  url: string;
  type: string;
  title: string | null;
}

/**
 * The feeds an HTML page announces with <link rel="alternate" type="…rss+xml|
 * atom+xml">, resolved against the page URL (and its <base href>), http(s)
 * only, in page order, without duplicates.
 */
export function discoverFeedUrls(html: string, pageUrl: string): DiscoveredFeed[] {
  let base = pageUrl;
  const found: DiscoveredFeed[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "base" && attributes.href) base = resolveHttpUrl(attributes.href, pageUrl)?.href ?? base;
        if (name !== "link") return;
        const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
        const type = (attributes.type ?? "").toLowerCase().split(";")[0]!.trim();
        if (!rel.includes("alternate") || !feedTypes.has(type)) return;
        const url = resolveHttpUrl(attributes.href, base)?.href;
        if (url && !found.some((f) => f.url === url)) found.push({ url, type, title: attributes.title?.trim() || null });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The page's first announced feed, or null. */
export function discoverFeedUrl(html: string, pageUrl: string): string | null {
  return discoverFeedUrls(html, pageUrl)[0]?.url ?? null;
}
