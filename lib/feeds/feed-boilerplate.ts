import type { AtomFeed } from "./build-atom-feed";
import type { FeedSite } from "./feed-site";

/** Entries per feed: enough for a reader polling daily to never miss one, small enough to stay cheap. */
export const FEED_ENTRY_LIMIT = 50;

/** The fields every Modelwatch feed shares. */
export function feedBoilerplate(site: FeedSite): Pick<AtomFeed, "authors" | "generator"> {
  return {
    authors: [{ name: "Modelwatch", uri: site.url("/") }],
    generator: { name: "Modelwatch", uri: site.url("/about") },
  };
}
