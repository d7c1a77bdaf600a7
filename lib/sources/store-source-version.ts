import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import type { ParsedBoard } from "./source-entry";
import { writeVersionEntries, type VersionBoard } from "./write-version-entries";

const gzipAsync = promisify(gzip);

export interface VersionToStore {
  sourceId: string;
  /** The raw body as fetched (or read from a backfill file). */
  body: Buffer;
  bodyHash: string;
  board: ParsedBoard;
  fetchedAt: Date;
  /** An old version imported after the fact: history, never news. */
  backfilled: boolean;
}

export type StoredVersion =
  | { stored: false; reason: "unchanged" | "date-taken" }
  | {
      stored: true;
      versionId: string;
      versionDate: Date;
      entries: number;
      unmatched: number;
      boardSlug: string;
      /** Slugs of the models whose snapshots were written. */
      models: string[];
    };

/**
 * One publication into the board, in the caller's transaction: the source and
 * its board locked (one writer at a time; a second worker holding the same
 * body finds it stored and writes nothing), names resolved (remembered
 * mapping, then slugs and aliases), matched entries written as PUBLISHED
 * snapshots at the version's date through the snapshot import's path (ranks
 * with uncertainty, rank and rating signals), every name remembered, and the
 * raw body kept compressed.
 */
export async function storeSourceVersion(tx: Tx, input: VersionToStore): Promise<StoredVersion> {
  // The source and its board read and locked in one statement (rows locked in the order named: source, then board).
  const [locked] = await tx.$queryRaw<(VersionBoard & { sourceId: string; createModels: boolean })[]>`
    SELECT s."id" AS "sourceId", s."createModels", b."id", b."slug", b."name", b."method"::text AS "method", b."minVotes", b."modality"::text AS "modality", b."alertTopN"
    FROM "LeaderboardSource" s JOIN "Leaderboard" b ON b."id" = s."leaderboardId" WHERE s."id" = ${input.sourceId} FOR UPDATE`;
  if (!locked) throw new Error(`Leaderboard source ${input.sourceId} is gone.`);
  const { sourceId, createModels, ...board } = locked;
  const source = { id: sourceId, createModels };

  const versionDate = input.board.versionDate ?? input.fetchedAt;
  const [stored] = await tx.$queryRaw<{ latestHash: string | null; dateTaken: boolean }[]>`
    SELECT (SELECT "bodyHash" FROM "SourceVersion" WHERE "sourceId" = ${source.id} ORDER BY "versionDate" DESC LIMIT 1) AS "latestHash",
      EXISTS (SELECT 1 FROM "SourceVersion" WHERE "sourceId" = ${source.id} AND "versionDate" = ${versionDate.toISOString()}::timestamp(3)) AS "dateTaken"`;
  if (!input.backfilled && stored?.latestHash === input.bodyHash) return { stored: false, reason: "unchanged" };
  if (stored?.dateTaken) return { stored: false, reason: "date-taken" };

  // Compressed on the thread pool while the entries are written.
  const compressed = gzipAsync(input.body);
  const written = await writeVersionEntries(tx, source, board, versionDate, input.board.entries, { news: !input.backfilled, firstVersion: !stored?.latestHash });
  const unmatched = written.unmatched;
  // Raw SQL with the body as base64 text: pglite-prisma-adapter 0.6.1 hands PGlite Prisma's base64 form of a Bytes value, which it refuses for bytea.
  const [version] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "SourceVersion" ("id", "sourceId", "bodyHash", "body", "versionDate", "fetchedAt", "entryCount", "unmatchedCount", "backfilled")
    VALUES (${randomUUID()}, ${source.id}, ${input.bodyHash}, decode(${(await compressed).toString("base64")}, 'base64'),
      ${versionDate.toISOString()}::timestamp(3), ${input.fetchedAt.toISOString()}::timestamp(3), ${input.board.entries.length}, ${unmatched}, ${input.backfilled})
    RETURNING "id"`;
  if (!version) throw new Error("The version was not stored.");
  await recordAudit(tx, {
    actor: null,
    action: "leaderboard.source-version",
    entityType: "Leaderboard",
    entityId: board.id,
    data: { sourceId: source.id, versionId: version.id, versionDate: versionDate.toISOString(), entries: input.board.entries.length, unmatched, backfilled: input.backfilled },
  });
  return { stored: true, versionId: version.id, versionDate, entries: input.board.entries.length, unmatched, boardSlug: board.slug, models: written.models };
}
