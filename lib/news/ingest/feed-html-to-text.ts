import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";

const textOnly: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title", "xmp", "plaintext"],
};

// Control characters other than tab/newline are never meaningful in a title.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// Markup that could run or load something if this text ever reached an HTML context unescaped.
const activeMarkup =
  /<\/?\s*(script|style|iframe|frame|object|embed|applet|svg|math|img|image|video|audio|source|a|form|input|button|textarea|select|link|meta|base|body|html|template|noscript|xmp|plaintext)\b|<[a-z][^>]*\s(on[a-z]+|href|src|style)\s*=/i;

/**
 * Plain text from feed text that may be HTML: tags dropped, entities decoded,
 * whitespace collapsed. Decoding can reveal escaped markup: harmless text
 * ("the &lt;blink&gt; tag") stays, anything active is stripped once more.
 */
export function feedHtmlToText(value: string): string {
  // Most titles and bylines are plain text: with no tag and no entity there is nothing to strip
  // or decode, and the full parse is most of an ingest's per-item cost (bench/ingest).
  if (!/[<&]/.test(value)) return tidy(value);
  return tidy(stripMarkup(value));
}

const tidy = (text: string) => text.replace(controls, "").replace(/\s+/g, " ").trim();

function stripMarkup(value: string): string {
  const strip = (s: string) => decodeHTML(sanitizeHtml(s, textOnly));
  const text = strip(value);
  return activeMarkup.test(text) ? strip(text) : text;
}

const blockTags = new Set(["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "hr"]);

/**
 * The text of HTML that sanitizeFeedHtml already made safe (so no script,
 * style or other non-text element is left): a plain parse, entities decoded.
 */
function sanitizedHtmlToText(html: string): string {
  let text = "";
  // Paragraphs, list items and line breaks part words ("…Jerry</p><p>More…" is not "JerryMore").
  const apart = (name: string) => void (blockTags.has(name) && (text += " "));
  const parser = new Parser({ ontext: (chunk) => void (text += chunk), onopentag: apart, onclosetag: apart }, { decodeEntities: true });
  parser.end(html);
  // Decoding can reveal escaped markup ("&lt;script&gt;" in the source): strip as for any feed text.
  return activeMarkup.test(text) ? stripMarkup(text) : text;
}

/** A short plain-text excerpt of sanitized HTML, cut on a word boundary, for lists and matching. */
export function feedExcerpt(sanitizedHtml: string, maxLength = 280): string {
  const text = tidy(sanitizedHtmlToText(sanitizedHtml));
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
