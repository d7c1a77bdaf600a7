import { htmlToPlainText } from "@/lib/search/highlight-matches";

export const EXCERPT_LENGTH = 280;

/**
 * Plain text of a sanitized summary, cut at a word boundary to at most `max`
 * characters with an ellipsis when cut: editors triage by it, so no markup.
 */
export function reviewExcerpt(html: string | null, max = EXCERPT_LENGTH): string {
  const text = html ? htmlToPlainText(html) : "";
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A single very long word is cut mid-word rather than dropped.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:!?-]+$/, "")}…`;
}
