import { describe, expect, it } from "vitest";
import { etagFor, ifNoneMatchHits } from "@/lib/feeds/atom-response";
import { claimEventEntry, parseEvidence, type ClaimEventRow } from "@/lib/feeds/claim-event-entry";
import { safeHttpUrl, truncate } from "@/lib/feeds/feed-html";
import { resolveFeedSite } from "@/lib/feeds/feed-site";
import { newsEntry } from "@/lib/feeds/news-entry";

const site = resolveFeedSite({ url: "http://127.0.0.1:3000/feeds/verifications" });

const event = (over: Partial<ClaimEventRow> = {}): ClaimEventRow => ({
  id: "evt1",
  type: "STATUS_CHANGED",
  fromStatus: "UNVERIFIED",
  toStatus: "VERIFIED",
  note: "Alibaba confirmed it <officially> & on the record.",
  evidence: [
    { id: "s1", kind: "OFFICIAL", url: "https://www.alibabagroup.com/en-US/news/x", title: "Alibaba statement" },
    { id: "s2", kind: "SOCIAL", url: "javascript:alert(1)", title: "Sneaky" },
    "not a source",
  ],
  createdAt: new Date("2026-08-31T15:00:00Z"),
  claim: {
    id: "c1",
    category: "OWNERSHIP",
    statement: "HappyHorse 1.0 was developed by Alibaba's ATH AI Innovation Unit.",
    isDemo: true,
    model: { slug: "happyhorse-1-0", name: "HappyHorse 1.0", isDemo: true },
  },
  ...over,
});

describe("resolveFeedSite", () => {
  it("uses the configured URL over the request's origin and mints tag: ids on the host name", () => {
    const s = resolveFeedSite({ url: "http://127.0.0.1:3000/feeds/x", host: "127.0.0.1:3000" }, "https://modelwatch.example/");
    expect(s.origin).toBe("https://modelwatch.example");
    expect(s.url("/models/a")).toBe("https://modelwatch.example/models/a");
    expect(s.tagId("news/1")).toBe("tag:modelwatch.example,2026:news/1");
    expect(site.tagId("x")).toBe("tag:127.0.0.1,2026:x");
    expect(site.url("/feeds/verifications")).toBe("http://127.0.0.1:3000/feeds/verifications");
  });

  it("keeps NEXTAUTH_URL's base path", () => {
    const s = resolveFeedSite({ url: "http://127.0.0.1:3000/feeds/x" }, "https://example.org/modelwatch");
    expect(s.url("/models/a")).toBe("https://example.org/modelwatch/models/a");
    expect(s.url("/")).toBe("https://example.org/modelwatch/");
  });

  it("prefers the Host header the client sent over the name Next bound to, ignoring a malformed one", () => {
    expect(resolveFeedSite({ url: "http://localhost:4000/feeds/x", host: "127.0.0.1:4000" }).origin).toBe("http://127.0.0.1:4000");
    expect(resolveFeedSite({ url: "http://localhost:4000/feeds/x", host: "evil.example/path?" }).origin).toBe("http://localhost:4000");
    expect(resolveFeedSite({ url: "http://localhost:4000/x", host: "[::1]:4000" }).tagId("a")).toBe("tag:---1-,2026:a");
  });
});

describe("claimEventEntry", () => {
  it("describes a status change with from → to, the note and the evidence", () => {
    const e = claimEventEntry(site, event());
    expect(e.id).toBe("tag:127.0.0.1,2026:claim-event/evt1");
    expect(e.title).toBe("HappyHorse 1.0 — Ownership claim: Unverified → Verified");
    expect(e.updated).toEqual(e.published);
    expect(e.summary?.value).toBe("Unverified → Verified. Alibaba confirmed it <officially> & on the record.");
    const html = e.content?.value ?? "";
    expect(html).toContain("Demo data — illustrative.");
    expect(html).toContain("Alibaba confirmed it &lt;officially&gt; &amp; on the record.");
    expect(html).toContain('<a href="https://www.alibabagroup.com/en-US/news/x">Alibaba statement</a> (Official)');
    // A javascript: URL is shown as text, never linked.
    expect(html).not.toContain("javascript:");
    expect(html).toContain("<li>Sneaky (Social)</li>");
    expect(e.categories?.map((c) => c.term)).toEqual(["OWNERSHIP", "happyhorse-1-0", "VERIFIED", "demo"]);
    expect(e.links[0]?.href).toBe("http://127.0.0.1:3000/models/happyhorse-1-0#claim-c1");
  });

  it("titles creations and retractions", () => {
    expect(claimEventEntry(site, event({ type: "CREATED", fromStatus: null, toStatus: "UNVERIFIED" })).title).toMatch(
      /^HappyHorse 1\.0 — Ownership claim recorded: “HappyHorse 1\.0 was developed/,
    );
    expect(claimEventEntry(site, event({ type: "RETRACTED", fromStatus: "VERIFIED", toStatus: "RETRACTED" })).title).toBe(
      "HappyHorse 1.0 — Ownership claim retracted (was Verified)",
    );
  });

  it("leaves the demo marker off real data", () => {
    const real = event({ claim: { ...event().claim, isDemo: false, model: { ...event().claim.model, isDemo: false } } });
    const e = claimEventEntry(site, real);
    expect(e.content?.value).not.toContain("Demo data");
    expect(e.categories?.map((c) => c.term)).not.toContain("demo");
  });
});

describe("newsEntry", () => {
  it("links the article, appears when reviewed, and is dated by publication", () => {
    const e = newsEntry(site, { slug: "happyhorse-1-0", name: "HappyHorse 1.0" }, {
      id: "n1",
      title: "Alibaba confirms HappyHorse",
      url: "https://ledger.example/a?utm_source=rss",
      canonicalUrl: "https://ledger.example/a",
      summary: "<p>Sanitized &amp; stored.</p>",
      sourceName: "The Ledger",
      publishedAt: new Date("2026-08-31T09:30:00Z"),
      reviewedAt: new Date("2026-09-01T09:30:00Z"),
      isDemo: false,
      suggestedCategories: ["OWNERSHIP"],
    });
    expect(e.title).toBe("Alibaba confirms HappyHorse (The Ledger)");
    expect(e.updated.toISOString()).toBe("2026-09-01T09:30:00.000Z");
    expect(e.published?.toISOString()).toBe("2026-08-31T09:30:00.000Z");
    expect(e.links).toEqual([
      { rel: "alternate", type: "text/html", href: "https://ledger.example/a" },
      { rel: "related", type: "text/html", href: "http://127.0.0.1:3000/models/happyhorse-1-0" },
    ]);
    expect(e.content?.value).toContain("<p>Sanitized &amp; stored.</p>");
    expect(e.categories?.map((c) => c.term)).toEqual(["news", "OWNERSHIP"]);
  });
});

describe("helpers", () => {
  it("keeps only http(s) evidence that looks like a source", () => {
    expect(parseEvidence(null)).toEqual([]);
    expect(parseEvidence({ url: "x" })).toEqual([]);
    expect(parseEvidence([{ url: "https://a", title: "A" }, { url: 1 }])).toEqual([{ url: "https://a", title: "A" }]);
    expect(safeHttpUrl("data:text/html,x")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });

  it("truncates titles at a word boundary", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("one two three four five", 12)).toBe("one two…");
  });

  it("matches If-None-Match weakly, in lists and with *", () => {
    const tag = etagFor("<feed/>");
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagFor("<feed/>")).toBe(tag);
    expect(etagFor("<feed></feed>")).not.toBe(tag);
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits(`"other", W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits("*", tag)).toBe(true);
    expect(ifNoneMatchHits('"other"', tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
  });
});
