// Before this, a "date" in a feed is a default value or a typo, not a publication date.
const earliestPlausible = Date.UTC(1995, 0, 1);

/** A feed date string as a Date, or null: RFC 822/1123, W3CDTF/ISO 8601 (any fraction digits). */
export function parseFeedDate(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  let ms = Date.parse(text);
  if (Number.isNaN(ms)) ms = Date.parse(text.replace(/(\d{2}:\d{2}:\d{2})\.(\d{1,3})\d*/, "$1.$2"));
  if (Number.isNaN(ms) || ms < earliestPlausible) return null;
  return new Date(ms);
}

/**
 * When an item was published: its own date, else the feed's, else the fetch
 * time — and never later than the fetch time (a future date would pin an item
 * to the top of every list).
 */
export function resolvePublishedAt(itemDate: Date | null, feedDate: Date | null, fetchedAt: Date): Date {
  const date = itemDate ?? feedDate ?? fetchedAt;
  return date.getTime() > fetchedAt.getTime() ? fetchedAt : date;
}
