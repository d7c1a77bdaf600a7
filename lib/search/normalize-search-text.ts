// The one text normalisation for names: search queries, their highlighting,
// news matching and every writer of ModelAlias.normalized (seed, catalog) use
// it — NFKD, combining marks stripped, lower-cased, whitespace collapsed — so
// "Kling", "KLING" and "Klíng" all meet the same stored alias.

/** Shortest query worth running: one letter would match nearly everything. */
export const MIN_QUERY_LENGTH = 2;
/** Longest query kept; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;
/** More terms than this add nothing but query cost. */
export const MAX_TERMS = 6;

/** Lower-cased, diacritics stripped (NFKD + no combining marks), spaces collapsed. */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export type ParsedQuery =
  | { kind: "empty" }
  | { kind: "too-short"; text: string }
  | {
      kind: "ok";
      text: string;
      normalized: string;
      /** Distinct normalized terms: what aliases are compared with and what is highlighted. */
      terms: string[];
      /**
       * Per term, the spellings to look for in free text (statements, titles):
       * the normalized term, plus the typed one when it differs ("séance"), since
       * stored prose keeps its diacritics.
       */
      variants: string[][];
    };

/**
 * Splits a raw query into distinct normalized terms. Every term must match
 * (AND), so "kling turbo" finds "Kling 2.5 Turbo" and "happy horse" finds the
 * model whose alias is "Happy Horse" as well as claims naming HappyHorse.
 */
export function parseSearchQuery(raw: string | null | undefined): ParsedQuery {
  const text = (raw ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  if (!text) return { kind: "empty" };
  const normalized = normalizeSearchText(text);
  // Punctuation alone ("--", "%%") carries nothing to look for.
  if (normalized.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_QUERY_LENGTH) return { kind: "too-short", text };
  const byTerm = new Map<string, Set<string>>();
  for (const token of text.split(" ")) {
    const term = normalizeSearchText(token);
    if (!term) continue;
    const spellings = byTerm.get(term) ?? new Set<string>([term]);
    spellings.add(token.toLowerCase());
    byTerm.set(term, spellings);
  }
  const entries = [...byTerm.entries()].slice(0, MAX_TERMS);
  return { kind: "ok", text, normalized, terms: entries.map(([t]) => t), variants: entries.map(([, v]) => [...v]) };
}

/**
 * Escapes LIKE wildcards: Prisma's `contains` becomes (I)LIKE '%…%' without
 * escaping, so a "%" or "_" typed by a reader would otherwise match anything.
 * PostgreSQL's default LIKE escape character is the backslash.
 */
export function escapeLikePattern(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
