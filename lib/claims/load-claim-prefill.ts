// What the "new claim" form starts with when an editor comes from the review
// queue (/editor/claims/new?model=…&category=…&newsItem=…): the model, the
// category, a quoted passage of the item and the item itself as first source.
import type { ClaimCategory, Db, SourceKind } from "@/lib/db";
import { ClaimCategory as Categories } from "@/lib/db/enums";

export interface ClaimPrefill {
  modelSlug: string | null;
  category: ClaimCategory | null;
  statement: string;
  source: {
    url: string;
    title: string;
    publisher: string;
    kind: SourceKind;
    quote: string;
    publishedAt: string;
    newsItemId: string;
  } | null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Sanitized HTML → one line of readable text (tags dropped, entities decoded). */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(p|div|br|li|h\d|blockquote)[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === "#") {
        const n = code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** A quotable excerpt: whole sentences up to about `max` characters. */
export function excerpt(text: string, max = 400): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! "), cut.lastIndexOf("? "));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1);
  const wordEnd = cut.lastIndexOf(" ");
  return `${cut.slice(0, wordEnd > 0 ? wordEnd : max)}…`;
}

export function parseCategory(value: string | undefined): ClaimCategory | null {
  return value && Object.hasOwn(Categories, value) ? (value as ClaimCategory) : null;
}

export async function loadClaimPrefill(
  db: Db,
  query: { model?: string; category?: string; newsItem?: string },
): Promise<ClaimPrefill> {
  const model = query.model
    ? await db.model.findUnique({ where: { slug: query.model }, select: { slug: true } })
    : null;
  const item = query.newsItem
    ? await db.newsItem.findUnique({
        where: { id: query.newsItem },
        select: {
          id: true,
          url: true,
          canonicalUrl: true,
          title: true,
          sourceName: true,
          summary: true,
          content: true,
          publishedAt: true,
          feed: { select: { title: true } },
        },
      })
    : null;
  const quote = item ? excerpt(htmlToPlainText(item.summary || item.content || "")) : "";
  return {
    modelSlug: model?.slug ?? null,
    category: parseCategory(query.category),
    statement: "",
    source: item
      ? {
          url: item.canonicalUrl || item.url,
          title: item.title,
          publisher: item.sourceName ?? item.feed?.title ?? "",
          kind: "PRESS",
          quote,
          publishedAt: item.publishedAt.toISOString().slice(0, 10),
          newsItemId: item.id,
        }
      : null,
  };
}
