import { isCjkLetter, isWordChar } from "./cjk-scripts";

// The one text normalisation for names: search queries, their highlighting,
// news matching and every writer of ModelAlias.normalized (seed, catalog) use
// it, so "Kling", "KLING", "Klíng" and full-width "ＫＬＩＮＧ" all meet the same
// stored alias. Stored aliases are brought up to date with it at start
// (renormalizeStoredAliases) whenever it changes.

/** Shortest query worth running: one letter would match nearly everything. */
export const MIN_QUERY_LENGTH = 2;
/** Longest query kept; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;
/** More terms than this add nothing but query cost. */
export const MAX_TERMS = 6;

// Accents are the combining diacritical marks (é, ñ, ø…). Other marks carry meaning and stay:
// the kana voicing marks (ピ is not ヒ, ガ is not カ), Indic vowel signs, Hangul jamo.
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * One piece of text folded for comparison, whitespace left alone: compatibility
 * forms folded (full-width ＨａｐｐｙＨｏｒｓｅ and half-width ﾊｯﾋﾟｰ to their usual
 * forms, ligatures split), Latin accents stripped, kana voicing and Hangul
 * syllables kept composed (NFC), lower-cased.
 */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(ACCENTS, "").normalize("NFC").toLowerCase();
}

/** Folded (see foldText), spaces collapsed and trimmed. */
export function normalizeSearchText(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
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
 * A query word cut where CJK letters meet other letters or digits: "可灵3.0"
 * is the terms 可灵 and 3.0, as "可灵 3.0" would be, so it finds the model
 * named Kling 3.0 with the alias 可灵 whether or not the outlet wrote a space.
 */
function splitAtCjkEdges(word: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  let previous = "";
  for (const ch of word) {
    if (piece && isWordChar(previous) && isWordChar(ch) && isCjkLetter(previous) !== isCjkLetter(ch)) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
    previous = ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

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
  for (const token of text.split(" ").flatMap(splitAtCjkEdges)) {
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
