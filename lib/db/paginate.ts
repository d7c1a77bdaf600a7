import { encodeCursor, type CursorKey } from "./cursor";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  /** Cursor for the next page, or null on the last one. */
  next: string | null;
}

/**
 * Cuts a page from rows fetched with `take: limit + 1`: the extra row only
 * says that more exist, and the cursor points after the last row returned.
 */
export function toPage<T>(rows: readonly T[], limit: number, scope: string, keyOf: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor(scope, keyOf(last)) : null };
}

/** Lexicographic order of sort keys (numbers numerically, strings by code unit). */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Pages a small set held in memory (leaderboards, one board's standings) the
 * same way the database pages large ones: sorted by key, resumed after a key.
 */
export function pageInMemory<T>(
  all: readonly T[],
  opts: { limit: number; after?: CursorKey; scope: string },
  keyOf: (row: T) => CursorKey,
): Page<T> {
  const sorted = [...all].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const after = opts.after;
  const rest = after ? sorted.filter((r) => compareKeys(keyOf(r), after) > 0) : sorted;
  return toPage(rest.slice(0, opts.limit + 1), opts.limit, opts.scope, keyOf);
}
