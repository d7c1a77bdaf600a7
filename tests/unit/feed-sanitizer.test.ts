import { describe, expect, it } from "vitest";
import { feedExcerpt, feedHtmlToText } from "@/lib/news/ingest/feed-html-to-text";
import { sanitizeFeedHtml } from "@/lib/news/ingest/sanitize-feed-html";

const base = "https://example.com/posts/1";

describe("sanitizeFeedHtml", () => {
  it.each([
    ["<p onclick=\"x()\">a</p><script>alert(1)</script>", "<p>a</p>"],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="/p">x</a>', '<a href="https://example.com/p" rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="mailto:a@example.com">m</a>', '<a href="mailto:a@example.com" rel="noopener noreferrer nofollow">m</a>'],
    ['<img src="img.png" alt="a" style="x" onload="y">', '<img src="https://example.com/posts/img.png" alt="a" />'],
    ['<img src="data:image/png;base64,AAAA">', ""],
    ['<img src="https://t.example/p.gif" width="1" height="1">', ""],
    ['<img src="https://feeds.feedburner.com/~r/x/~4/abc">', ""],
    ["<style>p{}</style><form><input></form><textarea>t</textarea>", ""],
    ['<iframe src="https://evil.example/"></iframe>', ""],
    ['<svg><script>alert(1)</script></svg><math><mi>x</mi></math>', "x"],
    ["<!--[if IE]><script>alert(1)</script><![endif]-->ok", "ok"],
  ])("%s → %s", (html, expected) => {
    expect(sanitizeFeedHtml(html, base)).toBe(expected);
  });

  it("keeps allowlisted players, sandboxed, with no referrer", () => {
    expect(sanitizeFeedHtml('<iframe src="https://player.vimeo.com/video/1" allow="camera" sandbox="allow-top-navigation"></iframe>', base)).toBe(
      '<iframe src="https://player.vimeo.com/video/1" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
    expect(sanitizeFeedHtml('<iframe src="https://www.youtube.com/embed/abc"></iframe>', base)).toMatch(/^<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc"/);
    const relative = sanitizeFeedHtml('<iframe src="//www.youtube.com/embed/x" srcdoc="<script>alert(1)</script>"></iframe>', base);
    expect(relative).toMatch(/^<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/x" sandbox=/);
    expect(relative).not.toMatch(/srcdoc|<script|alert/);
  });
});

describe("feedHtmlToText", () => {
  it.each([
    ["  Hello\n\t<b>world</b>  ", "Hello world"],
    ["Caf&eacute; &amp; cr&#232;me", "Café & crème"],
    ["&lt;script&gt;alert(1)&lt;/script&gt;Title", "Title"],
    ["History of the &lt;blink&gt; tag", "History of the <blink> tag"],
    ["&lt;img src=x onerror=alert(1)&gt;Hi", "Hi"],
    ["a\u0000b\u0007c", "abc"],
    ["Plain title: 5 > 3, \"quoted\"", "Plain title: 5 > 3, \"quoted\""],
    ["desk@outlet.example (News desk)", "desk@outlet.example (News desk)"],
  ])("%j → %j", (input, expected) => {
    expect(feedHtmlToText(input)).toBe(expected);
  });

  it("cuts excerpts on a word boundary", () => {
    const excerpt = feedExcerpt(`<p>${"word ".repeat(100)}</p>`, 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt).toMatch(/word…$/);
    expect(feedExcerpt("<p>short</p>")).toBe("short");
  });

  it("takes excerpts from sanitized HTML: text only, entities decoded, escaped markup dropped, paragraphs apart", () => {
    const base = "https://news.example/";
    const html = sanitizeFeedHtml('<p>Tom &amp; Jerry</p><p>&lt;script&gt;alert(1)&lt;/script&gt;<a href="/x">more</a> <img src="/a.png" alt="chart"></p>', base);
    expect(feedExcerpt(html)).toBe("Tom & Jerry more");
    expect(feedExcerpt(sanitizeFeedHtml("<p>History of the &lt;blink&gt; tag</p>", base))).toBe("History of the <blink> tag");
  });
});
