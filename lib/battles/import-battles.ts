import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError, RequestValidationError, type InvalidParam } from "@/lib/errors";
import { resolveModelRefs } from "@/lib/catalog/resolve-model-refs";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { enqueueRatingsRecompute } from "@/lib/ratings/recompute-ratings-job";
import { BattleInsertBatch } from "./battle-insert-batch";
import type { BattleSource } from "./battle-sources";
import { createProvisionalModels, planProvisionalModels } from "./create-provisional-models";
import { parseBattleRow, type ParsedBattle } from "./parse-battle-row";

export interface ImportBattlesResult {
  leaderboard: string;
  importId: string;
  imported: number;
  /** Slugs of the provisional models created for unknown names (createModels=true). */
  createdModels: string[];
  /** The ratings recompute job the import queued. */
  recomputeJob: string;
}

/** Problems listed in a refusal; the rest are counted. A broken million-row file would otherwise answer megabytes. */
const MAX_LISTED_PROBLEMS = 100;
const INSERT_BATCH = 5000;

interface FirstUse {
  row: number;
  field: "model_a" | "model_b";
}

/** Pass 1, outside any transaction: every row checked, every name collected with the first row that uses it. */
class ProblemList {
  readonly listed: InvalidParam[] = [];
  count = 0;
  note(problem: InvalidParam): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }
}

async function validate(source: BattleSource, now: number) {
  const problems = new ProblemList();
  let rows = 0;
  const names = new Map<string, FirstUse>();
  for await (const items of source()) {
    for (const item of items) {
      if ("problem" in item) {
        problems.note(item.problem);
        continue;
      }
      rows += 1;
      const parsed = parseBattleRow(item.raw, item.row, now);
      if (Array.isArray(parsed)) parsed.forEach((p) => problems.note(p));
      else {
        if (!names.has(parsed.modelA)) names.set(parsed.modelA, { row: item.row, field: "model_a" });
        if (!names.has(parsed.modelB)) names.set(parsed.modelB, { row: item.row, field: "model_b" });
      }
    }
  }
  return { problems, rows, names };
}

/**
 * Imports pairwise votes into a leaderboard, all or nothing. The rows are read
 * twice from `source` (a spooled upload or parsed JSON): first every row is
 * checked and every model name resolved (slug, old slug or alias), and any
 * problem refuses the whole import with a 400 naming the rows; only then is
 * one transaction opened to create provisional models (`createModels`) and
 * insert the battles in batches, tagged with one import id, and to queue a
 * ratings recompute job.
 */
export async function importBattles(
  db: Db,
  actor: Actor,
  boardSlug: string,
  source: BattleSource,
  options: { createModels: boolean; now?: Date },
): Promise<ImportBattlesResult> {
  const board = await db.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true, slug: true, modality: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
  const now = (options.now ?? new Date()).getTime();
  const checked = await validate(source, now);
  const refs = await resolveModelRefs(db, [...checked.names.keys()]);
  const unknown: string[] = [];
  for (const [name, use] of checked.names) {
    const ref = refs.get(name);
    if (!ref || !("error" in ref)) continue;
    if (ref.unknown && options.createModels) unknown.push(name);
    else {
      const hint = ref.unknown ? " (send createModels=true to create it as a provisional model)" : "";
      checked.problems.note({ name: `rows[${use.row}].${use.field}`, reason: `${ref.error}${hint}` });
    }
  }
  const plan = planProvisionalModels(unknown);
  for (const p of plan.problems) {
    const use = checked.names.get(p.name) as FirstUse;
    checked.problems.note({ name: `rows[${use.row}].${use.field}`, reason: p.reason });
  }
  if (checked.rows === 0 && checked.problems.count === 0) checked.problems.note({ name: "body", reason: "holds no battles" });
  if (checked.problems.count > 0) {
    const listed = [...checked.problems.listed];
    const more = checked.problems.count - listed.length;
    if (more > 0) listed.push({ name: "rows", reason: `${more} more problem(s) not listed` });
    throw new RequestValidationError("body", listed);
  }

  return runMutation(
    db,
    actor,
    async ({ tx, invalidates, afterCommit }) => {
      // Imports into one board queue behind each other, and behind a recompute reading it.
      await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;
      const ids = new Map<string, string>();
      const inTx = await resolveModelRefs(tx, [...checked.names.keys()]);
      for (const [name, ref] of inTx) if ("id" in ref) ids.set(name, ref.id);
      const created = await createProvisionalModels(tx, plan.models.filter((m) => !ids.has(m.name)), board.modality);
      for (const [name, id] of created.ids) ids.set(name, id);

      const importId = randomUUID();
      const batch = new BattleInsertBatch();
      let imported = 0;
      for await (const items of source()) {
        for (const item of items) {
          if ("problem" in item) throw new Error("the upload changed between validation and import");
          const battle = parseBattleRow(item.raw, item.row, now) as ParsedBattle;
          batch.add(ids.get(battle.modelA) as string, ids.get(battle.modelB) as string, battle.outcome, battle.votedAt);
          if (batch.size === INSERT_BATCH) imported += await batch.flush(tx, board.id, importId);
        }
      }
      imported += await batch.flush(tx, board.id, importId);

      const job = await enqueueRatingsRecompute(tx, { leaderboardSlug: board.slug }, actor.userId);
      afterCommit(wakeWorkers);
      const result: ImportBattlesResult = { leaderboard: board.slug, importId, imported, createdModels: created.slugs, recomputeJob: job.id };
      await recordAudit(tx, {
        actor,
        action: "leaderboard.battles-import",
        entityType: "Leaderboard",
        entityId: board.id,
        data: { ...result, models: checked.names.size },
      });
      invalidates(cacheTags.board(board.slug), ...(created.slugs.length ? [cacheTags.catalog] : []));
      return result;
    },
    { timeoutMs: 30 * 60_000 },
  );
}
