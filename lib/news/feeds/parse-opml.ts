import { Parser } from "htmlparser2";

export interface OpmlOutline {
  /** `xmlUrl` as written (trimmed). */
  url: string;
  title: string | null;
  htmlUrl: string | null;
}

export type OpmlParseResult = { ok: true; outlines: OpmlOutline[] } | { ok: false; reason: string };

/** More outlines than any reader's subscription list; a bigger file is refused, not half-read. */
export const MAX_OPML_OUTLINES = 5000;

const clean = (v: string | undefined) => {
  const t = v?.replace(/\s+/g, " ").trim();
  return t ? t : null;
};

/**
 * The feed outlines of an OPML document, at any depth (folders are outlines
 * without `xmlUrl`). htmlparser2 in XML mode never reads a DTD or expands
 * declared entities; a document that declares any is refused outright, as feeds are.
 */
export function parseOpml(text: string): OpmlParseResult {
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: "The document declares XML entities; it is refused." };
  const outlines: OpmlOutline[] = [];
  let root: string | null = null;
  let tooMany = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        root ??= name.toLowerCase();
        if (name.toLowerCase() !== "outline") return;
        // OPML writers disagree on case (xmlUrl, xmlurl, XMLURL).
        const lower = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.toLowerCase(), v]));
        const url = clean(lower.xmlurl);
        if (url === null) return;
        if (outlines.length >= MAX_OPML_OUTLINES) {
          tooMany = true;
          return;
        }
        outlines.push({ url, title: clean(lower.title) ?? clean(lower.text), htmlUrl: clean(lower.htmlurl) });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  if (root !== "opml") return { ok: false, reason: root ? `The root element is <${root}>, not <opml>.` : "The document holds no XML element." };
  if (tooMany) return { ok: false, reason: `The document lists more than ${MAX_OPML_OUTLINES} feeds; split it.` };
  return { ok: true, outlines };
}

/** Why a feed URL from an OPML file cannot be added, or null when it can. */
export function invalidFeedUrlReason(url: string): string | null {
  if (url.length > 2000) return "the URL is longer than 2000 characters";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not a valid URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `${parsed.protocol.replace(/:$/, "")} is not http(s)`;
  if (!parsed.hostname) return "the URL names no host";
  return null;
}
