import type http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedFetchError, type FeedFetchErrorCode } from "@/lib/news/ingest/feed-fetch-error";
import { fetchFeed, type FetchFeedOptions } from "@/lib/news/ingest/fetch-feed";
import { isPrivateAddress } from "@/lib/news/ingest/is-private-address";
import type { ParsedFeed } from "@/lib/news/ingest/parse-feed";
import { readFeed } from "@/lib/news/ingest/read-feed";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { findExecutable } from "../helpers/find-executable";

// Hostile feeds served from a real loopback server. Each case must end in a
// typed FeedFetchError or in clean items: never a crash, a hang or a script.

const rss = (items: string, channelExtra = "") =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title><link>https://example.com/</link>${channelExtra}${items}</channel></rss>`;
const item = (inner: string, guid = `g-${Math.random()}`) => `<item><guid isPermaLink="false">${guid}</guid><title>Item</title><link>https://example.com/a</link>${inner}</item>`;
const cdata = (html: string) => `<![CDATA[${html}]]>`;
const content = (html: string) => item(`<description>${cdata(html)}</description>`);

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Route>();
const serve = (path: string, body: string | Buffer, headers: Record<string, string> = { "content-type": "application/rss+xml" }) =>
  routes.set(path, (_req, res) => res.writeHead(200, headers).end(body));

let server: FeedServer;
let other: FeedServer; // 127.0.0.2: "public" in the SSRF tests, so redirects from it to 127.0.0.1 can be refused

async function outcome(path: string, options: FetchFeedOptions = {}): Promise<{ feed: ParsedFeed } | { code: FeedFetchErrorCode }> {
  try {
    const result = await readFeed(`${server.origin}${path}`, { allowPrivateNetworks: true, ...options });
    if (result.kind !== "fetched") throw new Error("unexpected 304");
    expect(findExecutable(result.feed)).toEqual([]);
    return { feed: result.feed };
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    return { code: error.code };
  }
}
async function cleanFeed(path: string): Promise<ParsedFeed> {
  const result = await outcome(path);
  if (!("feed" in result)) throw new Error(`expected items, got ${result.code}`);
  return result.feed;
}
async function errorCode(url: string, options: FetchFeedOptions = {}): Promise<FeedFetchErrorCode> {
  const error = await readFeed(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedFetchError);
  return (error as FeedFetchError).code;
}

const scriptCases: Array<[string, string, (feed: ParsedFeed) => void]> = [
  ["escaped <script> in a title", rss(item("").replace("<title>Item</title>", "<title>Hi &lt;script&gt;alert(1)&lt;/script&gt;</title>")), (f) => expect(f.items[0]!.title).toBe("Hi")],
  ["CDATA markup with onerror in a title", rss(item("").replace("<title>Item</title>", `<title>${cdata('<img src=x onerror="alert(1)">News')}</title>`)), (f) => expect(f.items[0]!.title).toBe("News")],
  ["<script> in content:encoded", rss(item(`<content:encoded>${cdata("<p>ok</p><script>alert(1)</script>")}</content:encoded>`)), (f) => expect(f.items[0]!.contentHtml).toBe("<p>ok</p>")],
  ["javascript: link in content", rss(content('<a href="javascript:alert(1)">x</a>')), (f) => expect(f.items[0]!.summaryHtml).toBe('<a rel="noopener noreferrer nofollow">x</a>')],
  ["obfuscated jav&#x09;ascript: link", rss(content('<a href="jav&#x09;ascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>')), (f) => expect(f.items[0]!.summaryHtml).not.toMatch(/href/)],
  ["vbscript: link", rss(content('<a href="vbscript:msgbox(1)">x</a>')), (f) => expect(f.items[0]!.summaryHtml).not.toMatch(/href/)],
  ["img onerror handler", rss(content('<img src="https://example.com/a.png" onerror="alert(1)">')), (f) => expect(f.items[0]!.summaryHtml).toBe('<img src="https://example.com/a.png" />')],
  ["svg onload", rss(content('<svg onload="alert(1)"><circle /></svg>text')), (f) => expect(f.items[0]!.summaryHtml).toBe("text")],
  ["<style> and style attributes", rss(content('<style>body{display:none}</style><p style="position:fixed">p</p>')), (f) => expect(f.items[0]!.summaryHtml).toBe("<p>p</p>")],
  ["iframe from an unknown host", rss(content('<iframe src="https://evil.example/x"></iframe><p>after</p>')), (f) => expect(f.items[0]!.summaryHtml).toBe("<p>after</p>")],
  ["youtube iframe moved to nocookie and sandboxed", rss(content('<iframe src="https://www.youtube.com/embed/abc" onload="x()"></iframe>')), (f) =>
    expect(f.items[0]!.summaryHtml).toMatch(/^<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc" sandbox="[^"]+"/)],
  ["forms and inputs", rss(content('<form action="https://evil.example"><input name="p"><button>go</button></form>')), (f) => expect(f.items[0]!.summaryHtml).not.toMatch(/<(form|input|button)/)],
  ["data: image", rss(content('<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">')), (f) => expect(f.items[0]!.summaryHtml).toBeNull()],
  ["meta refresh, base, object, embed", rss(content('<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><object data="x.swf"></object><embed src="x.swf">ok')), (f) => expect(f.items[0]!.summaryHtml).toBe("ok")],
  ["javascript: item link", rss(item("").replace("<link>https://example.com/a</link>", "<link>javascript:alert(1)</link>")), (f) => {
    expect(f.items[0]!.link).toBeNull();
    expect(f.items[0]!.canonicalUrl).toBeNull();
  }],
  ["javascript: enclosure", rss(item('<enclosure url="javascript:alert(1)" type="audio/mpeg" length="1"/>')), (f) => expect(f.items[0]!.enclosure).toBeNull()],
  ["enclosure with a script type and a relative url", rss(item('<enclosure url="/a.mp3" type="text/html&lt;script&gt;" length="x"/>')), (f) =>
    expect(f.items[0]!.enclosure).toEqual({ url: `${server.origin}/a.mp3`, type: null, length: null })],
  ["1x1 tracking pixel", rss(content('<p>t</p><img src="https://t.example/p.gif" width="1" height="1"><img src="https://example.com/real.jpg" width="600">')), (f) =>
    expect(f.items[0]!.summaryHtml).toBe('<p>t</p><img src="https://example.com/real.jpg" width="600" />')],
  ["links get rel and resolve", rss(content('<a href="/page" target="_blank" rel="opener">p</a>')), (f) =>
    expect(f.items[0]!.summaryHtml).toBe(`<a href="${server.origin}/page" rel="noopener noreferrer nofollow">p</a>`)],
  ["script in Atom xhtml content", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:a</id><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>ok</p><script>alert(1)</script></div></content></entry></feed>`, (f) =>
    expect(f.items[0]!.contentHtml).not.toMatch(/script|alert/)],
  ["markup in author", rss(item(`<author>${cdata("<b onclick=x>Ann</b>")}</author>`)), (f) => expect(f.items[0]!.author).toBe("Ann")],
];

describe("hostile feeds", () => {
  beforeAll(async () => {
    const handler: Route = (req, res) => {
      const route = routes.get(decodeURIComponent((req.url ?? "").split("?")[0]!));
      if (route) route(req, res);
      else res.writeHead(404).end();
    };
    server = await startFeedServer(handler);
    other = await startFeedServer(handler, "127.0.0.2");
    scriptCases.forEach(([, body], i) => serve(`/script-${i}`, body));
  });
  afterAll(async () => {
    await server?.close();
    await other?.close();
  });

  it.each(scriptCases.map(([name], i) => [name, i] as const))("script vector: %s", async (_name, i) => {
    scriptCases[i]![2](await cleanFeed(`/script-${i}`));
  });

  describe("XML attacks", () => {
    it.each([
      ["billion laughs", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title></channel></rss>`],
      ["external entity (XXE)", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`],
      ["external parameter entity", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1/evil.dtd">%remote;]><rss version="2.0"><channel><title>x</title></channel></rss>`],
    ])("%s is refused before parsing", async (name, body) => {
      serve(`/xml-${name}`, body);
      expect(await outcome(`/xml-${name}`)).toEqual({ code: "unsafe-xml" });
    });

    it("a plain public DOCTYPE (RSS 0.91) is read", async () => {
      serve("/doctype", `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>One</title><link>https://example.com/1</link></item></channel></rss>`);
      const feed = await cleanFeed("/doctype");
      expect(feed.items.map((i) => i.title)).toEqual(["One"]);
    });
  });

  describe("size and time", () => {
    it("a 50 MB body is cut at the 15 MiB cap while streaming", async () => {
      routes.set("/huge", (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent >= 50) res.end();
          else res.once("drain", () => (sent++, pump()));
        };
        pump();
      });
      expect(await outcome("/huge")).toEqual({ code: "too-large" });
    });

    it("a declared 50 MB Content-Length is refused without reading", async () => {
      routes.set("/declared-huge", (_req, res) => {
        res.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
        res.write("<rss>");
      });
      expect(await outcome("/declared-huge")).toEqual({ code: "too-large" });
    });

    it("an endless slow body times out (budget includes the body)", async () => {
      routes.set("/slow", (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const timer = setInterval(() => res.write(" "), 50);
        res.on("close", () => clearInterval(timer));
      });
      const started = Date.now();
      expect(await outcome("/slow", { timeoutMs: 800 })).toEqual({ code: "timeout" });
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it("a server that never answers times out", async () => {
      routes.set("/silent", () => undefined);
      expect(await outcome("/silent", { timeoutMs: 500 })).toEqual({ code: "timeout" });
    });

    it.each([
      ["gzip", { "content-encoding": "gzip" }, (b: Buffer) => zlib.gzipSync(b)],
      ["brotli", { "content-encoding": "br" }, (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })],
    ] as const)("a %s bomb (64 MiB of zeros) is refused at the decompressed cap", async (name, headers, compress) => {
      serve(`/bomb-${name}`, compress(Buffer.alloc(64 * 1024 * 1024)), { "content-type": "application/rss+xml", ...headers });
      expect(await outcome(`/bomb-${name}`)).toEqual({ code: "too-large" });
    });

    it.each([
      ["gzip", (b: Buffer) => zlib.gzipSync(b)],
      ["deflate", (b: Buffer) => zlib.deflateSync(b)],
      ["deflate (raw)", (b: Buffer) => zlib.deflateRawSync(b)],
      ["br", (b: Buffer) => zlib.brotliCompressSync(b)],
    ] as const)("a %s-encoded feed is read", async (name, compress) => {
      const encoding = name.split(" ")[0]!;
      serve(`/enc-${name}`, compress(Buffer.from(rss(item("", "same")))), { "content-type": "application/rss+xml", "content-encoding": encoding });
      expect((await cleanFeed(`/enc-${name}`)).items).toHaveLength(1);
    });

    it("a corrupt gzip body is a bad-content error", async () => {
      serve("/bad-gzip", Buffer.from("definitely not gzip"), { "content-encoding": "gzip" });
      expect(await outcome("/bad-gzip")).toEqual({ code: "bad-content" });
    });

    it("an unsupported Content-Encoding is a bad-content error", async () => {
      serve("/compress", Buffer.from("x"), { "content-encoding": "compress" });
      expect(await outcome("/compress")).toEqual({ code: "bad-content" });
    });
  });

  describe("redirects and private addresses", () => {
    // 127.0.0.2 plays a public host; every other private address stays refused.
    const onlyOther = (address: string) => address === "127.0.0.2" || !isPrivateAddress(address);
    const redirect = (path: string, to: string) => routes.set(path, (_req, res) => res.writeHead(302, { location: to }).end());

    it("a redirect loop stops after 5 redirects", async () => {
      redirect("/loop-a", "/loop-b");
      redirect("/loop-b", "/loop-a");
      expect(await outcome("/loop-a")).toEqual({ code: "too-many-redirects" });
    });

    it("5 redirects are followed, the sixth is refused", async () => {
      for (let i = 0; i < 6; i++) redirect(`/hop-${i}`, `/hop-${i + 1}`);
      serve("/hop-5", rss(item("")));
      serve("/hop-6", rss(item("")));
      expect((await cleanFeed("/hop-0")).items).toHaveLength(1);
      redirect("/hop-x", "/hop-0");
      expect(await outcome("/hop-x")).toEqual({ code: "too-many-redirects" });
    });

    it.each(["127.0.0.1", "169.254.169.254", "10.0.0.1", "[::ffff:127.0.0.1]", "100.100.100.200", "[fd00:ec2::254]"])(
      "a redirect to %s is refused after the first hop",
      async (target) => {
        redirect(`/to-${target}`, `http://${target}:${server.port}/doctype`);
        const code = await errorCode(`${other.origin}/to-${target}`, { isAllowedAddress: onlyOther, timeoutMs: 3000 });
        expect(code).toBe("private-address");
      },
    );

    it.each(["http://127.0.0.1/", "http://[::1]/", "http://2130706433/", "http://0x7f.1/", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/", "http://0.0.0.0/"])(
      "%s is refused without the private-network switch",
      async (url) => {
        expect(await errorCode(url)).toBe("private-address");
      },
    );

    it("a hostname that resolves to a private address is refused", async () => {
      const resolve = async () => [{ address: "10.1.2.3", family: 4 as const }];
      expect(await errorCode("http://feeds.example.test/rss", { resolve })).toBe("private-address");
    });

    it("a hostname with one public and one private answer is refused", async () => {
      const resolve = async () => [
        { address: "93.184.215.14", family: 4 as const },
        { address: "192.168.1.1", family: 4 as const },
      ];
      expect(await errorCode("http://mixed.example.test/rss", { resolve })).toBe("private-address");
    });

    it("DNS is resolved once and the checked address is the one connected to (no rebinding)", async () => {
      let calls = 0;
      const resolve = async () => (calls++ === 0 ? [{ address: "127.0.0.2", family: 4 as const }] : [{ address: "10.0.0.1", family: 4 as const }]);
      const result = await fetchFeed(`http://rebind.example.test:${other.port}/doctype`, { resolve, isAllowedAddress: onlyOther });
      expect(result.kind).toBe("fetched");
      expect(calls).toBe(1);
    });

    it("non-http schemes and credentials are refused", async () => {
      expect(await errorCode("file:///etc/passwd")).toBe("invalid-url");
      expect(await errorCode("http://user:pass@example.com/")).toBe("invalid-url");
      redirect("/to-file", "file:///etc/passwd");
      expect(await outcome("/to-file")).toEqual({ code: "invalid-url" });
    });
  });

  describe("broken bodies and statuses", () => {
    it.each([
      ["non-XML (JSON)", '{"items": []}'],
      ["an HTML page", "<!doctype html><html><head><title>Blog</title></head><body><p>hi</p></body></html>"],
      ["an empty body", ""],
      ["a truncated body", rss(item("")).slice(0, 120)],
      ["binary noise", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ])("%s is a bad-content error", async (name, body) => {
      serve(`/broken-${name}`, body);
      expect(await outcome(`/broken-${name}`)).toEqual({ code: "bad-content" });
    });

    it("a wrong declared charset (utf-8 header, latin-1 bytes) still reads", async () => {
      serve("/latin1", Buffer.from(rss(item("")).replace("<title>Item</title>", "<title>Café crème</title>"), "latin1"), { "content-type": "application/rss+xml; charset=utf-8" });
      expect((await cleanFeed("/latin1")).items[0]!.title).toBe("Café crème");
    });

    it("duplicate GUIDs keep the first item only", async () => {
      serve("/dupes", rss(item("", "same") + item("", "same") + item("", "other")));
      const feed = await cleanFeed("/dupes");
      expect(feed.items).toHaveLength(2);
      expect(feed.duplicatesDropped).toBe(1);
    });

    it("invalid dates fall back to the feed date, future dates are clamped to the fetch time", async () => {
      serve("/dates", rss(item("<pubDate>not a date at all</pubDate>") + item("<pubDate>Tue, 01 Jan 2999 00:00:00 GMT</pubDate>"), "<lastBuildDate>Mon, 02 Mar 2026 10:00:00 GMT</lastBuildDate>"));
      const feed = await cleanFeed("/dates");
      expect(feed.items[0]!.publishedAt.toISOString()).toBe("2026-03-02T10:00:00.000Z");
      expect(feed.items[0]!.publishedAtSource).toBe("feed");
      expect(feed.items[1]!.publishedAt.getTime()).toBeLessThanOrEqual(Date.now());
    });

    it("an invalid Atom date does not lose the feed", async () => {
      serve("/atom-dates", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>T</title><published>yesterday-ish</published><updated>2999-01-01T00:00:00Z</updated></entry></feed>`);
      const feed = await cleanFeed("/atom-dates");
      expect(feed.items[0]!.publishedAt.getTime()).toBeLessThanOrEqual(Date.now());
    });

    it("304 Not Modified reads no body", async () => {
      routes.set("/etag", (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') res.writeHead(304, { etag: '"v1"', "cache-control": "max-age=3600" }).end();
        else res.writeHead(200, { etag: '"v1"' }).end(rss(item("")));
      });
      const first = await readFeed(`${server.origin}/etag`, { allowPrivateNetworks: true });
      expect(first.kind === "fetched" && first.etag).toBe('"v1"');
      const second = await readFeed(`${server.origin}/etag`, { allowPrivateNetworks: true, etag: '"v1"' });
      expect(second.kind).toBe("not-modified");
      expect(second.nextFetchDelayMs).toBe(3_600_000);
    });

    it("429 with Retry-After is an http-status error carrying a bounded delay", async () => {
      routes.set("/busy", (_req, res) => res.writeHead(429, { "retry-after": "999999" }).end());
      const error = await readFeed(`${server.origin}/busy`, { allowPrivateNetworks: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "http-status", details: { status: 429, retryAfterMs: 24 * 3_600_000 } });
    });

    it("a 500 is an http-status error", async () => {
      routes.set("/500", (_req, res) => res.writeHead(500).end("boom"));
      expect(await outcome("/500")).toEqual({ code: "http-status" });
    });

    it("RSS <ttl> and Cache-Control give the next fetch delay", async () => {
      serve("/ttl", rss(item(""), "<ttl>90</ttl>"), { "content-type": "application/rss+xml", "cache-control": "max-age=600" });
      const result = await readFeed(`${server.origin}/ttl`, { allowPrivateNetworks: true });
      expect(result.nextFetchDelayMs).toBe(90 * 60_000);
    });

    it("a huge item count is cut to maxItems", async () => {
      serve("/many", rss(Array.from({ length: 2000 }, (_, i) => item("", `n${i}`)).join("")));
      expect((await cleanFeed("/many")).items).toHaveLength(500);
    });

    it("hostile feeds fetched alongside a good one do not disturb it", async () => {
      serve("/good", rss(item("", "good-1") + item("", "good-2")));
      const [good, ...rest] = await Promise.all([
        outcome("/good"),
        outcome("/xml-billion laughs"),
        outcome("/bomb-gzip"),
        outcome("/slow", { timeoutMs: 500 }),
        outcome("/loop-a"),
      ]);
      expect("feed" in good! && good.feed.items.map((i) => i.guid)).toEqual(["good-1", "good-2"]);
      expect(rest.every((r) => "code" in r)).toBe(true);
    });
  });
});
