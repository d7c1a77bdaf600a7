import { foldText, normalizeSearchText } from "./normalize-search-text";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const words = new Intl.Segmenter("zh", { granularity: "word" });

/** Offsets where a word (or a space, or punctuation) starts, and the text's end. */
function wordBoundaries(text: string): number[] {
  return [...Array.from(words.segment(text), (s) => s.index), text.length];
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matching parts for every occurrence of any
 * term, comparing normalized forms so "Klíng" is highlighted for "kling".
 * Returns plain strings only: the caller renders them as React text (escaped),
 * never as HTML.
 */
export function highlightMatches(text: string, terms: readonly string[]): TextPart[] {
  if (!text) return [];
  // Normalize grapheme by grapheme (a user-perceived character: ピ written as ヒ plus a
  // combining mark, a Hangul syllable in jamo, an emoji sequence), remembering which one each
  // normalized character came from: matches map back exactly even when normalization changes
  // lengths ("ﬁ" → "fi", "é" → "e"), and a highlight never splits a character.
  let normalized = "";
  const origin: number[] = [];
  const chars = Array.from(graphemes.segment(text), (s) => s.segment);
  chars.forEach((ch, i) => {
    const n = foldText(ch);
    normalized += n;
    for (let k = 0; k < n.length; k++) origin.push(i);
  });

  const hits = new Array<boolean>(chars.length).fill(false);
  const wanted = terms.map((t) => normalizeSearchText(t)).filter((t) => t.length > 0);
  for (const term of wanted) {
    let from = 0;
    for (;;) {
      const at = normalized.indexOf(term, from);
      if (at < 0) break;
      for (let k = at; k < at + term.length; k++) hits[origin[k] as number] = true;
      from = at + Math.max(1, term.length);
    }
  }

  const parts: TextPart[] = [];
  chars.forEach((ch, i) => {
    const match = hits[i] as boolean;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += ch;
    else parts.push({ text: ch, match });
  });
  return parts;
}

function fromCharRef(code: string): string {
  const n = code[0] === "x" || code[0] === "X" ? parseInt(code.slice(1), 16) : Number(code);
  // An out-of-range reference would make String.fromCodePoint throw.
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\uFFFD";
}

/** Plain text of sanitized summary HTML, for showing and highlighting as text. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => fromCharRef(code))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * At most `max` characters of `text`, centred on the first match when the
 * match would otherwise be cut off, with ellipses where text was dropped.
 */
export function snippetAround(text: string, terms: readonly string[], max = 240): string {
  if (text.length <= max) return text;
  const parts = highlightMatches(text, terms);
  let at = 0;
  for (const p of parts) {
    if (p.match) break;
    at += p.text.length;
  }
  if (at >= text.length) at = 0;
  let start = at + 20 < max ? 0 : Math.max(0, at - Math.floor(max / 3));
  // Start and end on word boundaries so no word is shown half.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < at) start = space + 1;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + max / 2) end = space;
  }
  // Text without spaces (Chinese, Japanese) is cut between words, never inside a character.
  const bounds = wordBoundaries(text);
  start = bounds.find((b) => b >= start) ?? text.length;
  end = bounds.findLast((b) => b <= end) ?? 0;
  if (end <= start) end = Math.min(text.length, start + max);
  return `${start > 0 ? "… " : ""}${text.slice(start, end).trim()}${end < text.length ? " …" : ""}`;
}
