import { el, type XmlElement } from "./xml-builder";

/** Shared pieces of the HTML inside feed entries (rendered with renderHtmlFragment). */

export const DEMO_LABEL = "Demo data — illustrative.";

/** Only http(s) URLs become links: a javascript: or data: URL from a source list must never be clickable. */
export function safeHttpUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** A link when the URL is safe, the bare text otherwise. */
export function linkOrText(href: string, text: string): XmlElement | string {
  const safe = safeHttpUrl(href);
  return safe ? el("a", { href: safe }, text) : text;
}

/** `<p><strong>Label:</strong> text</p>` */
export function labelled(label: string, ...rest: (XmlElement | string)[]): XmlElement {
  return el("p", null, el("strong", null, `${label}:`), " ", ...rest);
}

export function demoNotice(detail: string): XmlElement {
  return el("p", null, el("strong", null, DEMO_LABEL), " ", detail);
}

/** Shortens text for a title at a word boundary. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
