import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { backfillSource, type BackfillResult } from "./backfill-source";
import { dateBackfillFiles } from "./date-backfill-files";
import { readSourceOrThrow } from "./read-source-for-change";

export interface UploadedVersion {
  /** Dated by its leading `YYYY-MM-DD`, or by a `manifest.json` among the files. */
  name: string;
  content: string;
}

/**
 * A backfill sent over HTTP (the editor's page, or an API client): the same
 * as `mw sources backfill` on a folder of these files. Every file is dated and
 * read by the adapter before anything is written; a second upload of the same
 * files adds nothing.
 */
export async function backfillUpload(db: Db, actor: Actor, boardSlug: string, sourceId: string, uploaded: readonly UploadedVersion[]): Promise<BackfillResult[]> {
  const source = await readSourceOrThrow(db, boardSlug, sourceId);
  let files;
  try {
    files = dateBackfillFiles(uploaded.map((f) => ({ name: f.name, body: Buffer.from(f.content, "utf8") })));
  } catch (error) {
    throw new PolicyViolationError(`${(error as Error).message} Nothing was imported.`, "backfill-dates");
  }
  const results = await backfillSource(db, sourceId, files);
  await runMutation(db, actor, async ({ tx }) => {
    await recordAudit(tx, {
      actor,
      action: "source.backfill",
      entityType: "LeaderboardSource",
      entityId: sourceId,
      data: { leaderboard: boardSlug, url: source.url, files: files.length, stored: results.filter((r) => r.status === "stored").length },
    });
  });
  return results;
}
