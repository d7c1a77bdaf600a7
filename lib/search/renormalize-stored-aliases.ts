import type { SqlSession } from "../db/sql-session";
import { normalizeSearchText } from "./normalize-search-text";

interface AliasRow {
  id: string;
  modelId: string;
  alias: string;
  normalized: string;
}

/**
 * Brings every stored ModelAlias.normalized up to date with normalizeSearchText,
 * run at start after the migrations: when the normalisation changes (it kept
 * ピ as ヒ and stored Hangul as loose jamo before it learnt better), aliases
 * stored before still meet what news and queries are normalised to now. A
 * read of the alias table when nothing changed. An alias whose new form
 * another alias of its model already has is left alone (both spell one name).
 * Returns how many were updated.
 */
export async function renormalizeStoredAliases(session: SqlSession): Promise<number> {
  const rows = await session.query<AliasRow>(`SELECT "id", "modelId", "alias", "normalized" FROM "ModelAlias"`);
  const taken = new Set(rows.map((r) => `${r.modelId} ${r.normalized}`));
  const updates: { id: string; normalized: string }[] = [];
  for (const row of rows) {
    const normalized = normalizeSearchText(row.alias);
    if (normalized === row.normalized || !normalized) continue;
    const key = `${row.modelId} ${normalized}`;
    if (taken.has(key)) continue;
    taken.add(key);
    updates.push({ id: row.id, normalized });
  }
  if (updates.length === 0) return 0;
  // Only rows still as read: a concurrent starter doing the same leaves nothing to redo.
  const done = await session.query<{ id: string }>(
    `UPDATE "ModelAlias" AS a SET "normalized" = s."normalized"
     FROM jsonb_to_recordset($1::jsonb) AS s("id" text, "normalized" text)
     WHERE a."id" = s."id" AND NOT EXISTS (
       SELECT 1 FROM "ModelAlias" o WHERE o."modelId" = a."modelId" AND o."normalized" = s."normalized")
     RETURNING a."id"`,
    [JSON.stringify(updates)],
  );
  return done.length;
}
