import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError, RequestValidationError } from "@/lib/errors";
import type { ImportResult } from "./catalog-types";
import { parseSnapshotRows, sortRowProblems, type ImportInput } from "./parse-snapshot-rows";
import { resolveModelRefs } from "./resolve-model-refs";
import { snapshotGroupKey, writeSnapshotRows } from "./write-snapshot-rows";

/**
 * Imports snapshot rows (JSON or CSV) into a leaderboard, all or nothing.
 * Every row is checked first — fields, models (slug, old slug or alias),
 * duplicates in the file — and any problem refuses the whole import with a
 * 400 naming each bad row and field. A row for a model, time and method the
 * board already has replaces that snapshot; writeSnapshotRows re-ranks and
 * signals rank and rating changes.
 */
export async function importSnapshots(db: Db, actor: Actor, boardSlug: string, input: ImportInput): Promise<ImportResult> {
  const { rows, problems } = parseSnapshotRows(input);
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const board = await tx.leaderboard.findUnique({
      where: { slug: boardSlug },
      select: { id: true, slug: true, name: true, method: true, minVotes: true },
    });
    if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
    // One import per board at a time: ranks are recomputed from what the board holds, which a parallel import would change.
    await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;
    const refs = await resolveModelRefs(tx, rows.map((r) => r.model));
    const seen = new Map<string, number>();
    const resolved = rows.flatMap((r) => {
      const ref = refs.get(r.model);
      if (!ref || "error" in ref) {
        problems.push({ name: `rows[${r.row}].model`, reason: ref && "error" in ref ? ref.error : "is unknown" });
        return [];
      }
      const method = r.method ?? board.method;
      const key = `${ref.id}|${snapshotGroupKey(r.capturedAt, method)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ name: `rows[${r.row}]`, reason: `repeats row ${first}: same model, capturedAt and method` });
        return [];
      }
      seen.set(key, r.row);
      return [{ ...r, method, model: ref }];
    });
    if (problems.length) throw new RequestValidationError("body", sortRowProblems(problems));

    const written = await writeSnapshotRows(tx, board, actor.userId, resolved);
    const { models } = written;
    const result: ImportResult = {
      leaderboard: board.slug,
      created: written.created,
      replaced: resolved.length - written.created,
      capturedAt: written.capturedAt.map((d) => d.toISOString()),
      models,
    };
    await recordAudit(tx, {
      actor,
      action: "leaderboard.import",
      entityType: "Leaderboard",
      entityId: board.id,
      data: { ...result, format: "csv" in input ? "csv" : "json" },
    });
    invalidates(cacheTags.board(board.slug), cacheTags.catalog, ...models.map(cacheTags.model));
    return result;
  });
}
