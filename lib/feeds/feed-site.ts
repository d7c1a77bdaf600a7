import { absoluteUrl, siteBaseUrl } from "@/lib/site-url";
/**
 * Where the site lives, for absolute links in feeds (readers resolve nothing
 * relative reliably), and how entry ids are minted. Ids are tag: URIs
 * (RFC 4151) on the site's host name: they stay the same when the port or
 * scheme changes, and a mirror on another host never claims this site's ids.
 */
export interface FeedSite {
  /** Scheme, host and port, without a trailing slash. */
  origin: string;
  /** An absolute URL for a path on this site ("/models/x" → "https://…/models/x"), under NEXTAUTH_URL's base path if it has one. */
  url(path: string): string;
  /** A permanent entry or feed id, e.g. tag:modelwatch.example,2026:claim-event/abc. */
  tagId(specific: string): string;
}

// The year this id scheme was minted; it must never change or every id would.
const TAG_DATE = "2026";

// A plausible Host header: name or [IPv6], optional port. Anything else falls back to request.url.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The configured public URL (NEXTAUTH_URL) wins. Otherwise the origin the
 * client used: its Host header, since Next rewrites request.url to the
 * name the server was bound under (127.0.0.1 becomes localhost).
 */
export function resolveFeedSite(request: { url: string; host?: string | null }, configuredUrl?: string): FeedSite {
  const fromRequest = new URL(request.url);
  if (request.host && HOST.test(request.host)) fromRequest.host = request.host;
  const base = siteBaseUrl(configuredUrl, new URL("/", fromRequest).toString());
  const origin = base.origin;
  // A tag: authority is a DNS name: an IPv6 literal's colons and brackets would not parse.
  const host = base.hostname.replace(/[^A-Za-z0-9.-]/g, "-");
  return {
    origin,
    url: (path) => absoluteUrl(path, base),
    tagId: (specific) => `tag:${host},${TAG_DATE}:${specific}`,
  };
}
