import { describe, expect, it } from "vitest";
import { el, escapeXmlAttr, escapeXmlText, renderHtmlFragment, renderXml, renderXmlDocument, stripControlChars, XmlBuildError } from "@/lib/feeds/xml-builder";
import { parseXmlTree } from "../e2e/feeds-xml-tree";

// Characters XML 1.0 forbids, plus the C1 controls we strip too.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

describe("escaping", () => {
  it("escapes markup characters in text", () => {
    expect(escapeXmlText(`a < b & c > d`)).toBe("a &lt; b &amp; c &gt; d");
    // "]]>" cannot survive: it would end a CDATA section in some serializers.
    expect(escapeXmlText("x]]>y")).toBe("x]]&gt;y");
  });

  it("escapes quotes and whitespace in attributes", () => {
    expect(escapeXmlAttr(`say "hi" & 'bye' <now>`)).toBe("say &quot;hi&quot; &amp; &apos;bye&apos; &lt;now&gt;");
    expect(escapeXmlAttr("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("does not double-escape", () => {
    expect(escapeXmlText("&amp;")).toBe("&amp;amp;");
  });

  it("strips control characters XML cannot carry, keeping tab, LF and CR", () => {
    expect(stripControlChars("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0085i\uFFFEj\uFFFFk")).toBe("abcdefghijk");
    expect(stripControlChars("t\tn\nr\r")).toBe("t\tn\nr\r");
  });

  it("drops lone surrogates but keeps real astral characters", () => {
    expect(stripControlChars("x\uD800y\uDC00z")).toBe("xyz");
    expect(stripControlChars("horse 🐎")).toBe("horse 🐎");
  });
});

describe("el / renderXml", () => {
  it("renders attributes in order, skipping null and undefined, and self-closes empty elements", () => {
    expect(renderXml(el("link", { rel: "self", type: undefined, href: "http://x/?a=1&b=2", title: null }))).toBe(
      '<link rel="self" href="http://x/?a=1&amp;b=2"/>',
    );
  });

  it("escapes text children and skips null/false children", () => {
    expect(renderXml(el("title", null, "Tom & Jerry <3", null, false, undefined))).toBe("<title>Tom &amp; Jerry &lt;3</title>");
  });

  it("refuses invalid element and attribute names", () => {
    expect(() => el("bad name")).toThrow(XmlBuildError);
    expect(() => el("x", { "on click": "1" })).toThrow(XmlBuildError);
    expect(() => el("<script>")).toThrow(XmlBuildError);
  });

  it("produces a document a strict XML parser reads back verbatim, whatever the text holds", () => {
    const nasty = `<script>alert("x")</script> & 'q' ]]> \u0001\u0007\u001B done \uD800`;
    const xml = renderXmlDocument(el("root", { note: nasty }, el("child", null, nasty)));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(FORBIDDEN.test(xml)).toBe(false);
    const tree = parseXmlTree(xml);
    const expected = `<script>alert("x")</script> & 'q' ]]>  done `;
    expect(tree.attrs.note).toBe(expected);
    expect(tree.children[0]?.text).toBe(expected);
  });

  it("renders HTML fragments without self-closing tags", () => {
    expect(renderHtmlFragment([el("p", null, el("a", { href: "https://e.x/?a&b" })), null, "tail & co"])).toBe(
      '<p><a href="https://e.x/?a&amp;b"></a></p>tail &amp; co',
    );
  });
});
