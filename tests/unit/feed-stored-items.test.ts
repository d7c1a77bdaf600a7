import { describe, expect, it } from "vitest";
import { hashFeedGuid } from "@/lib/news/ingest/hash-feed-guid";
import { parseFeed } from "@/lib/news/ingest/parse-feed";

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
  <item><guid>g-1</guid><title>Known by GUID</title><description>&lt;p onclick="x()"&gt;one&lt;/p&gt;</description></item>
  <item><title>Known by link</title><link>https://t.example/2?utm_source=rss</link></item>
  <item><guid>g-3</guid><title>New</title><description>&lt;p&gt;three&lt;/p&gt;</description></item>
  <item><title>Only text</title><description>no guid, no link</description></item>
</channel></rss>`;

describe("parseFeed with the feed's stored GUID hashes", () => {
  it("leaves out the items they know, unread, and still reads items only their text identifies", async () => {
    const asked: string[][] = [];
    const known = new Set([hashFeedGuid("g-1", null, ""), hashFeedGuid(null, "https://t.example/2", "")]);
    const parsed = await parseFeed(feed, {
      url: "https://t.example/feed.xml",
      fetchedAt: new Date("2026-12-05T00:00:00Z"),
      storedHashes: async (hashes) => (asked.push(hashes), known),
    });
    expect(parsed.items.map((i) => [i.title, i.summaryHtml])).toEqual([
      ["New", "<p>three</p>"],
      ["Only text", "no guid, no link"],
    ]);
    expect(parsed.alreadyStored).toBe(2);
    // One question for the whole feed, with the hashes the stored items would have had.
    expect(asked).toEqual([[...known, hashFeedGuid("g-3", null, "")]]);
    expect(parsed.items[0]!.guidHash).toBe(hashFeedGuid("g-3", null, ""));
  });

  it("reads every item when nothing is stored, with the same hashes as before", async () => {
    const parsed = await parseFeed(feed, { url: "https://t.example/feed.xml", fetchedAt: new Date("2026-12-05T00:00:00Z") });
    expect(parsed.alreadyStored).toBe(0);
    expect(parsed.items.map((i) => i.guidHash)).toEqual([
      hashFeedGuid("g-1", null, ""),
      hashFeedGuid(null, "https://t.example/2", ""),
      hashFeedGuid("g-3", null, ""),
      hashFeedGuid(null, null, "Only text\nno guid, no link"),
    ]);
    expect(parsed.items[0]!.summaryHtml).toBe("<p>one</p>");
  });
});
