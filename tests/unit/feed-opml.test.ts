import { describe, expect, it } from "vitest";
import { relativeTime, feedStatus } from "@/components/feed-health/feed-status";
import { invalidFeedUrlReason, MAX_OPML_OUTLINES, parseOpml } from "@/lib/news/feeds/parse-opml";

describe("parseOpml", () => {
  it("finds feed outlines at any depth, whatever the attribute case, titles from title or text", () => {
    const doc = `<opml version="1.0"><body><outline text="Folder"><outline text="A" XMLURL=" https://a.example/feed "/>
      <outline text="Sub"><outline title="B &amp; co" text="ignored" xmlUrl="https://b.example/rss" htmlUrl="https://b.example/"/></outline></outline>
      <outline text="No feed here"/></body></opml>`;
    expect(parseOpml(doc)).toEqual({
      ok: true,
      outlines: [
        { url: "https://a.example/feed", title: "A", htmlUrl: null },
        { url: "https://b.example/rss", title: "B & co", htmlUrl: "https://b.example/" },
      ],
    });
  });

  it("refuses entity declarations, other roots, and more outlines than the cap", () => {
    expect(parseOpml(`<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline xmlUrl="&x;"/></body></opml>`)).toMatchObject({ ok: false });
    expect(parseOpml("<rss/>")).toEqual({ ok: false, reason: "The root element is <rss>, not <opml>." });
    expect(parseOpml("")).toMatchObject({ ok: false });
    const many = `<opml><body>${'<outline xmlUrl="https://x.example/"/>'.repeat(MAX_OPML_OUTLINES + 1)}</body></opml>`;
    expect(parseOpml(many)).toMatchObject({ ok: false, reason: expect.stringContaining(String(MAX_OPML_OUTLINES)) });
  });
});

describe("invalidFeedUrlReason", () => {
  it("accepts http(s) URLs and names what is wrong with the rest", () => {
    expect(invalidFeedUrlReason("https://example.com/feed.xml")).toBeNull();
    expect(invalidFeedUrlReason("http://example.com")).toBeNull();
    expect(invalidFeedUrlReason("feed://example.com/rss")).toBe("feed is not http(s)");
    expect(invalidFeedUrlReason("data:text/xml,<rss/>")).toBe("data is not http(s)");
    expect(invalidFeedUrlReason("/relative/feed")).toBe("not a valid URL");
    expect(invalidFeedUrlReason(`https://example.com/${"a".repeat(2000)}`)).toBe("the URL is longer than 2000 characters");
  });
});

describe("feed status and times on the health page", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  it("calls a feed broken from the third consecutive error, and disabled before anything else", () => {
    const at = "2026-12-04T11:00:00Z";
    expect(feedStatus({ enabled: true, consecutiveErrors: 0, lastAttemptAt: null })).toBe("new");
    expect(feedStatus({ enabled: true, consecutiveErrors: 0, lastAttemptAt: at })).toBe("ok");
    expect(feedStatus({ enabled: true, consecutiveErrors: 2, lastAttemptAt: at })).toBe("failing");
    expect(feedStatus({ enabled: true, consecutiveErrors: 3, lastAttemptAt: at })).toBe("broken");
    expect(feedStatus({ enabled: false, consecutiveErrors: 12, lastAttemptAt: at })).toBe("disabled");
  });
  it("says how long ago or how soon", () => {
    expect(relativeTime(null, now)).toBe("never");
    expect(relativeTime("2026-12-04T11:59:40Z", now)).toBe("just now");
    expect(relativeTime("2026-12-04T11:48:00Z", now)).toBe("12 min ago");
    expect(relativeTime("2026-12-04T14:00:00Z", now)).toBe("in 2 h");
    expect(relativeTime("2026-12-01T12:00:00Z", now)).toBe("3 d ago");
  });
});
