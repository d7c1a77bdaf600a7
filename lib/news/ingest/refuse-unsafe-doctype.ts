import { FeedFetchError } from "./feed-fetch-error";

// A DOCTYPE with an optional internal subset.
const doctype = /<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>/gi;

/**
 * Feeds need no DTD. An entity declaration before the root element (billion
 * laughs, external or parameter entities) refuses the feed; a plain DOCTYPE is
 * removed so no parser sees it, whatever that parser's defaults are.
 */
export function refuseUnsafeDoctype(text: string): string {
  const rootStart = text.search(/<[A-Za-z_]/);
  const prolog = rootStart < 0 ? text : text.slice(0, rootStart);
  if (/<!ENTITY/i.test(prolog)) {
    throw new FeedFetchError("unsafe-xml", "The feed declares XML entities (entity expansion or external entity attack); it is refused.");
  }
  return prolog.replace(doctype, "") + (rootStart < 0 ? "" : text.slice(rootStart));
}
