import { describe, expect, it } from "vitest";
import { canonicalizeUrl, permalinkLike, resolveHttpUrl } from "@/lib/news/ingest/canonicalize-url";
import { discoverFeedUrl, discoverFeedUrls } from "@/lib/news/ingest/discover-feed-url";

describe("canonicalizeUrl", () => {
  it.each([
    ["https://Example.COM:443/a?utm_source=x&utm_medium=y&id=7#top", "https://example.com/a?id=7"],
    ["https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&msclkid=5", "https://example.com/a"],
    ["https://example.com/a?ref=home&UTM_Campaign=z", "https://example.com/a?ref=home"],
    ["http://user:pw@example.com/p", "http://example.com/p"],
    ["/relative/path?x=1", "https://feeds.example.org/relative/path?x=1"],
    ["../up", "https://feeds.example.org/up"],
  ])("%s → %s", (raw, expected) => {
    expect(canonicalizeUrl(raw, "https://feeds.example.org/blog/feed.xml")).toBe(expected);
  });

  it.each(["javascript:alert(1)", " JAVASCRIPT:alert(1)", "vbscript:x", "data:text/html,<script>", "file:///etc/passwd", "ftp://example.com/", "", "   "])(
    "refuses %j",
    (raw) => {
      expect(canonicalizeUrl(raw, "https://example.com/")).toBeNull();
      expect(resolveHttpUrl(raw, "https://example.com/")).toBeNull();
    },
  );

  it("uses GUIDs as links only when they look like one", () => {
    expect(permalinkLike("https://example.com/p/1")).toBe("https://example.com/p/1");
    expect(permalinkLike("/p/1")).toBe("/p/1");
    expect(permalinkLike("tag:example.com,2006:1")).toBe("");
    expect(permalinkLike("1")).toBe("");
  });
});

describe("discoverFeedUrls", () => {
  const page = `<!doctype html><html><head>
    <base href="/blog/">
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml">
    <LINK REL="Alternate" TYPE="application/atom+xml; charset=utf-8" HREF="https://example.com/atom">
    <link rel="alternate" type="application/rss+xml" href="feed.xml">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" hreflang="fr" href="/fr/">
  </head><body></body></html>`;

  it("finds RSS and Atom alternates, resolved against the page and its <base>", () => {
    expect(discoverFeedUrls(page, "https://example.com/index.html")).toEqual([
      { url: "https://example.com/blog/feed.xml", type: "application/rss+xml", title: "Posts" },
      { url: "https://example.com/atom", type: "application/atom+xml", title: null },
    ]);
    expect(discoverFeedUrl(page, "https://example.com/index.html")).toBe("https://example.com/blog/feed.xml");
  });

  it("returns nothing for a page without feeds", () => {
    expect(discoverFeedUrl("<html><head><title>x</title></head></html>", "https://example.com/")).toBeNull();
  });
});
