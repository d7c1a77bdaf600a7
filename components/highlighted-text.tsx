import { highlightMatches } from "@/lib/search/highlight-matches";

/**
 * Text with the search terms marked. Parts are rendered as React text, so
 * whatever the text or the query contains is escaped — never inserted as HTML.
 */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = highlightMatches(text, terms);
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
