import { createHash } from "node:crypto";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db, Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError, PolicyViolationError } from "@/lib/errors";
import { readSourceBody } from "./read-publication";
import type { BackfillFile } from "./date-backfill-files";
import type { ParsedBoard } from "./source-entry";
import { storeSourceVersion } from "./store-source-version";

export interface BackfillResult {
  file: string;
  date: Date;
  status: "stored" | "already-there";
  entries: number;
  unmatched: number;
}

/** Every file read by the source's adapter first: one malformed file refuses the backfill, naming it, before anything is written. */
async function readAll(db: Db | Tx, sourceId: string, files: readonly BackfillFile[]) {
  const source = await db.leaderboardSource.findUnique({ where: { id: sourceId }, select: { adapter: true, selector: true, mapping: true } });
  if (!source) throw new NotFoundError(`No leaderboard source with the id "${sourceId}".`);
  return files.map((f): { file: BackfillFile; board: ParsedBoard } => {
    const read = readSourceBody(source, f.body);
    if (!read.ok) throw new PolicyViolationError(`${f.name}: ${read.error}. Nothing was imported.`, "backfill-readable");
    // The file's date is the version's, unless the publication states its own.
    return { file: f, board: { ...read.board, versionDate: read.board.versionDate ?? f.date } };
  });
}

/** One version into the source, as if fetched on its date: history, never news (no signals). */
async function storeOne(tx: Tx, sourceId: string, file: BackfillFile, board: ParsedBoard) {
  const bodyHash = createHash("sha256").update(file.body).digest("hex");
  return storeSourceVersion(tx, { sourceId, body: file.body, bodyHash, board, fetchedAt: board.versionDate ?? file.date, backfilled: true });
}

function toResult(file: BackfillFile, board: ParsedBoard, stored: Awaited<ReturnType<typeof storeOne>>): BackfillResult {
  return stored.stored
    ? { file: file.name, date: stored.versionDate, status: "stored", entries: stored.entries, unmatched: stored.unmatched }
    : { file: file.name, date: board.versionDate ?? file.date, status: "already-there", entries: board.entries.length, unmatched: 0 };
}

/**
 * Imports dated versions of a source oldest first, each in its own
 * transaction through the fetch's path; a version whose date the source
 * already has is left alone, so a second run adds nothing.
 */
export async function backfillSource(db: Db, sourceId: string, files: readonly BackfillFile[], onVersion?: (r: BackfillResult) => void): Promise<BackfillResult[]> {
  const read = await readAll(db, sourceId, files);
  const results: BackfillResult[] = [];
  for (const { file, board } of read) {
    const stored = await runMutation(db, null, async ({ tx, invalidates }) => {
      const s = await storeOne(tx, sourceId, file, board);
      if (s.stored) invalidates(cacheTags.board(s.boardSlug), cacheTags.catalog, ...s.models.map(cacheTags.model));
      return s;
    });
    const result = toResult(file, board, stored);
    results.push(result);
    onVersion?.(result);
  }
  return results;
}

/** The same inside a caller's transaction (the demo seed, all or nothing). */
export async function backfillSourceInTx(tx: Tx, sourceId: string, files: readonly BackfillFile[]): Promise<BackfillResult[]> {
  const results: BackfillResult[] = [];
  for (const { file, board } of await readAll(tx, sourceId, files)) results.push(toResult(file, board, await storeOne(tx, sourceId, file, board)));
  return results;
}
