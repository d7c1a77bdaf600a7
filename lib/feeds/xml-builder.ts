/**
 * A tiny XML tree builder. Feeds are assembled as trees and serialized in one
 * place, so every piece of text — model names, claim statements, editors'
 * notes, news titles — is escaped by the same code and never concatenated into
 * markup by hand. Pure: no I/O, no globals.
 */

export interface XmlElement {
  readonly kind: "element";
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
}

/** A string child is text: it is escaped when rendered. */
export type XmlNode = XmlElement | string;

export type XmlAttrs = Readonly<Record<string, string | number | null | undefined>>;

type Child = XmlNode | null | undefined | false;

export class XmlBuildError extends Error {
  override name = "XmlBuildError";
}

// Names come from code, never from data; a typo should fail loudly, not emit broken XML.
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; lone
 * surrogates; U+FFFE/U+FFFF) plus DEL and the C1 controls, which are legal but
 * invisible and break many feed readers. Text from news feeds and editors can
 * carry any of these.
 */
const CONTROL_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControlChars(s: string): string {
  return s.replace(CONTROL_CHARS, "");
}

export function escapeXmlText(s: string): string {
  // ">" is escaped too so "]]>" can never appear in character data.
  return stripControlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttr(s: string): string {
  // Tab, LF and CR as character references: a parser would otherwise normalize them to spaces.
  return escapeXmlText(s)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new XmlBuildError(`invalid XML name: ${JSON.stringify(name)}`);
  return name;
}

/** An element; null/undefined attributes and null/false children are left out. */
export function el(name: string, attrs: XmlAttrs | null = null, ...children: Child[]): XmlElement {
  const pairs: (readonly [string, string])[] = [];
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined) continue;
    pairs.push([checkName(k), String(v)]);
  }
  const kept = children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false);
  return { kind: "element", name: checkName(name), attrs: pairs, children: kept };
}

export interface RenderOptions {
  /** `<link/>` for empty elements (XML); false renders `<a></a>` (HTML fragments). */
  selfClose?: boolean;
}

export function renderXml(node: XmlNode, opts: RenderOptions = {}): string {
  const out: string[] = [];
  write(node, opts.selfClose ?? true, out);
  return out.join("");
}

function write(node: XmlNode, selfClose: boolean, out: string[]): void {
  if (typeof node === "string") {
    out.push(escapeXmlText(node));
    return;
  }
  out.push("<", node.name);
  for (const [k, v] of node.attrs) out.push(" ", k, '="', escapeXmlAttr(v), '"');
  if (node.children.length === 0 && selfClose) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (const c of node.children) write(c, selfClose, out);
  out.push("</", node.name, ">");
}

/** A complete UTF-8 XML document. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(root)}\n`;
}

/**
 * Markup for an Atom `type="html"` construct, built from the same tree so
 * text inside it is escaped once here and once more by the feed (as RFC 4287
 * requires for escaped HTML). Use only non-void elements (p, a, strong…).
 */
export function renderHtmlFragment(nodes: readonly Child[]): string {
  return nodes
    .filter((c): c is XmlNode => c !== null && c !== undefined && c !== false)
    .map((n) => renderXml(n, { selfClose: false }))
    .join("");
}
