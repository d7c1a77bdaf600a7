import type { BattleOutcome, Tx } from "@/lib/db";

/**
 * Battles waiting to be written, kept as one compact text line each
 * ("a,b,outcome,ms": model positions in this batch's id list, the outcome's
 * enum label, the vote time in Unix milliseconds or nothing) and sent as ONE
 * text parameter plus the batch's distinct model ids.
 *
 * Why not four arrays with a string per row: Prisma's driver adapters pass
 * every query to @prisma/debug, which keeps the arguments of the last 100
 * calls even with DEBUG off. With per-row strings that history held the
 * last 500,000 rows (~95 MB) for the whole import, and V8 sized its heap to
 * four times that. One ~110 KB string per batch keeps it near 11 MB.
 */
export class BattleInsertBatch {
  private slots = new Map<string, number>();
  private ids: string[] = [];
  private lines: string[] = [];

  get size(): number {
    return this.lines.length;
  }

  add(modelAId: string, modelBId: string, outcome: BattleOutcome, votedAt: Date | null): void {
    this.lines.push(`${this.slot(modelAId)},${this.slot(modelBId)},${outcome},${votedAt ? votedAt.getTime() : ""}`);
  }

  /** Writes the batch in one statement and empties it; returns how many battles it wrote. */
  async flush(tx: Tx, boardId: string, importId: string): Promise<number> {
    const count = this.lines.length;
    if (count === 0) return 0;
    const ids = this.ids;
    const rows = this.lines.join("\n");
    this.slots = new Map();
    this.ids = [];
    this.lines = [];
    // Rows are inserted in the order of the text, as unnest yields them (ids follow the file).
    await tx.$executeRaw`
      INSERT INTO "Battle" ("leaderboardId", "modelAId", "modelBId", "outcome", "votedAt", "importId")
      SELECT ${boardId}, (m.ids)[split_part(r, ',', 1)::int], (m.ids)[split_part(r, ',', 2)::int],
             split_part(r, ',', 3)::"BattleOutcome",
             CASE split_part(r, ',', 4) WHEN '' THEN NULL
               ELSE 'epoch'::timestamp(3) + split_part(r, ',', 4)::bigint * interval '1 millisecond' END,
             ${importId}
      FROM (SELECT ${ids}::text[] AS ids) AS m, unnest(string_to_array(${rows}, E'\n')) AS r`;
    return count;
  }

  /** The model's 1-based position in this batch's id list (PostgreSQL arrays start at 1). */
  private slot(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.ids.push(id);
      this.slots.set(id, slot);
    }
    return slot;
  }
}
