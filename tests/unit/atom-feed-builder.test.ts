import { describe, expect, it } from "vitest";
import { AtomFeedError, buildAtomFeed, toRfc3339, type AtomEntry, type AtomFeed } from "@/lib/feeds/build-atom-feed";
import { checkAtomFeed } from "../e2e/feeds-atom-check";

const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "tag:example.org,2026:entry/1",
  title: "HappyHorse 1.0 — Ownership claim: Unverified → Verified",
  updated: new Date("2026-08-31T15:00:00Z"),
  published: new Date("2026-08-31T15:00:00Z"),
  links: [{ rel: "alternate", type: "text/html", href: "https://example.org/models/happyhorse-1-0" }],
  content: { type: "html", value: '<p>Alibaba said "yes" & <a href="https://a.example/?x=1&y=2">more</a></p>' },
  categories: [{ term: "OWNERSHIP", label: "Ownership" }],
  ...over,
});

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "tag:example.org,2026:feed/test",
  title: "Test feed",
  subtitle: "Demo data — illustrative.",
  fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
  selfUrl: "https://example.org/feeds/test",
  alternateUrl: "https://example.org/",
  authors: [{ name: "Modelwatch", uri: "https://example.org/" }],
  entries: [entry(), entry({ id: "tag:example.org,2026:entry/2", updated: new Date("2026-09-01T10:00:00.250Z") })],
  ...over,
});

describe("buildAtomFeed", () => {
  it("writes a valid Atom document with every required element", () => {
    const xml = buildAtomFeed(feed());
    const checked = checkAtomFeed(xml);
    expect(checked.problems).toEqual([]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(checked.id).toBe("tag:example.org,2026:feed/test");
    expect(checked.links).toEqual([
      { rel: "self", href: "https://example.org/feeds/test", type: "application/atom+xml" },
      { rel: "alternate", href: "https://example.org/", type: "text/html" },
    ]);
    expect(checked.entries).toHaveLength(2);
  });

  it("takes the feed's updated from its newest entry, else the fallback", () => {
    expect(checkAtomFeed(buildAtomFeed(feed())).updated).toBe("2026-09-01T10:00:00.250Z");
    expect(checkAtomFeed(buildAtomFeed(feed({ entries: [] }))).updated).toBe("2026-01-01T00:00:00Z");
  });

  it("escapes HTML content once for the XML, so the reader gets the markup back", () => {
    const checked = checkAtomFeed(buildAtomFeed(feed()));
    expect(checked.entries[0]?.content).toBe('<p>Alibaba said "yes" & <a href="https://a.example/?x=1&y=2">more</a></p>');
  });

  it("keeps hostile text inert and drops control characters", () => {
    const title = 'A <b>bold</b> & "quoted" title\u0000\u0008 with ]]> inside';
    const xml = buildAtomFeed(feed({ title, entries: [entry({ title })] }));
    expect(xml).not.toContain("<b>");
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    const checked = checkAtomFeed(xml);
    expect(checked.problems).toEqual([]);
    expect(checked.title).toBe('A <b>bold</b> & "quoted" title with ]]> inside');
    expect(checked.entries[0]?.title).toBe(checked.title);
  });

  it("refuses what RFC 4287 refuses", () => {
    expect(() => buildAtomFeed(feed({ id: "not an iri" }))).toThrow(AtomFeedError);
    expect(() => buildAtomFeed(feed({ title: "  " }))).toThrow(AtomFeedError);
    expect(() => buildAtomFeed(feed({ authors: [] }))).toThrow(/author/);
    expect(() => buildAtomFeed(feed({ entries: [entry(), entry()] }))).toThrow(/duplicate entry id/);
    expect(() => buildAtomFeed(feed({ entries: [entry({ id: "relative/id" })] }))).toThrow(/absolute IRI/);
    expect(() => buildAtomFeed(feed({ entries: [entry({ title: "" })] }))).toThrow(AtomFeedError);
    expect(() => buildAtomFeed(feed({ entries: [entry({ updated: new Date("nope") })] }))).toThrow(/invalid date/);
    expect(() => buildAtomFeed(feed({ entries: [entry({ content: undefined, links: [] })] }))).toThrow(/neither content nor an alternate link/);
    expect(() => buildAtomFeed(feed({ selfUrl: "/feeds/test" }))).toThrow(/absolute IRI/);
  });

  it("formats dates as RFC 3339 in UTC", () => {
    expect(toRfc3339(new Date("2026-08-31T15:00:00.000Z"))).toBe("2026-08-31T15:00:00Z");
    expect(toRfc3339(new Date("2026-08-31T15:00:00.120Z"))).toBe("2026-08-31T15:00:00.120Z");
  });

  it("is deterministic: the same data gives the same bytes (the ETag depends on it)", () => {
    expect(buildAtomFeed(feed())).toBe(buildAtomFeed(feed()));
  });
});
