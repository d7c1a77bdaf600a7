import { decodeHTML } from "entities";
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
  const strip = (s: string) => decodeHTML(sanitizeHtml(s, textOnly));
  let text = strip(value);
  if (activeMarkup.test(text)) text = strip(text);
  return text.replace(controls, "").replace(/\s+/g, " ").trim();
}

/** A short plain-text excerpt, cut on a word boundary, for lists and matching. */
export function feedExcerpt(html: string, maxLength = 280): string {
  const text = feedHtmlToText(html);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
