import { decodeFeedBody, type DecodedFeedBody } from "./decode-feed-body";
import { fetchFeed, type FetchFeedOptions, type FetchFeedResult } from "./fetch-feed";
import { suggestNextFetchDelay } from "./next-fetch-delay";
import { parseFeed, type ParseFeedOptions, type ParsedFeed } from "./parse-feed";

export type ReadFeedResult =
  | Extract<FetchFeedResult, { kind: "not-modified" }>
  | (Omit<Extract<FetchFeedResult, { kind: "fetched" }>, "body"> & {
      encoding: DecodedFeedBody["encoding"];
      feed: ParsedFeed;
    });

/**
 * URL to normalized items: fetch (safely), decode, parse. A 304 stops before
 * any decoding. The suggested next-fetch delay includes the feed's <ttl>.
 * Every failure is a FeedFetchError.
 */
export async function readFeed(
  url: string,
  options: FetchFeedOptions & Pick<ParseFeedOptions, "maxItems" | "storedHashes"> = {},
): Promise<ReadFeedResult> {
  const fetched = await fetchFeed(url, options);
  if (fetched.kind === "not-modified") return fetched;
  const { body, ...meta } = fetched;
  const decoded = decodeFeedBody(body, fetched.contentType);
  const feed = await parseFeed(decoded.text, {
    url: fetched.url,
    contentLocation: fetched.contentLocation,
    fetchedAt: fetched.fetchedAt,
    maxItems: options.maxItems,
    storedHashes: options.storedHashes,
  });
  const hints = { ...fetched.hints, ttlMinutes: feed.ttlMinutes ?? undefined };
  return { ...meta, hints, nextFetchDelayMs: suggestNextFetchDelay(hints), encoding: decoded.encoding, feed };
}
