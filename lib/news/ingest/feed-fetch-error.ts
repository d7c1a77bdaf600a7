/**
 * Every way fetching or reading a feed can fail, as one typed error. Callers
 * (scheduler, feed health page) switch on `code`, never on message text.
 */
export type FeedFetchErrorCode =
  | "invalid-url"
  | "dns"
  | "private-address"
  | "connection"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-status"
  | "bad-encoding"
  | "unsafe-xml"
  | "bad-content";

export class FeedFetchError extends Error {
  override readonly name = "FeedFetchError";

  constructor(
    readonly code: FeedFetchErrorCode,
    message: string,
    readonly details: {
      /** HTTP status of the failing response, for "http-status". */
      status?: number;
      /** The server's Retry-After (429/503), already bounded, in milliseconds. */
      retryAfterMs?: number;
      /** The URL being fetched when it failed (after redirects). */
      url?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}
