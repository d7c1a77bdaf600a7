import { normalizeSearchText } from "../../search/normalize-search-text";

// Words every headline has: sharing them says nothing about the story.
const STOPWORDS = new Set(
  "a an the and or but of to in on for with by at from as into about over after up out is are was were be been its it this that these those how what why who when via vs new now no not".split(
    " ",
  ),
);

/** A crude English stem, enough for "confirms" / "confirmed" / "confirm" to meet. */
function stem(word: string): string {
  let w = word.replace(/'s$/, "");
  if (/^\p{N}/u.test(w)) return w;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
}

/**
 * The distinct, normalised words of a title (diacritics and case folded,
 * stop words dropped, lightly stemmed, version numbers such as "1.0" kept
 * whole), sorted. Stored with each item so the database can find titles
 * sharing words through an index.
 */
export function titleTokens(title: string): string[] {
  const words = normalizeSearchText(title).match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];
  const tokens = new Set<string>();
  for (const word of words) {
    if (STOPWORDS.has(word)) continue;
    const token = stem(word);
    if (token.length > 1 || /\p{N}/u.test(token)) tokens.add(token);
  }
  return [...tokens].sort();
}
