import { getEnv } from "@/lib/env";

const FALLBACK = "http://localhost:3000";

/**
 * A site's base URL: the configured one when set, else `fallback`. Only the
 * origin and any base path matter; a trailing slash keeps relative resolution
 * inside the base path ("https://x/mw/").
 */
export function siteBaseUrl(configured: string | undefined, fallback: string): URL {
  const url = new URL(configured ?? fallback);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

/**
 * The public address of the site, for absolute URLs in metadata, the sitemap
 * and JSON-LD: NEXTAUTH_URL when configured (validated at boot), else the
 * local default. Read per call so a page rendered per request follows the
 * environment it runs in.
 */
export function getSiteUrl(): URL {
  return siteBaseUrl(getEnv().NEXTAUTH_URL, FALLBACK);
}

/** An absolute URL for a path on this site ("/models/x" → "https://…/models/x"). */
export function absoluteUrl(path: string, base: URL = getSiteUrl()): string {
  return new URL(path.replace(/^\//, ""), base).toString();
}
