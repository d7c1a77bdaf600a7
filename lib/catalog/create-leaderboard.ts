import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, PolicyViolationError } from "@/lib/errors";
import type { CreateLeaderboardBody, LeaderboardRecord } from "./catalog-types";
import { slugifyName } from "./slugify-name";

export const leaderboardRecordSelect = {
  id: true,
  slug: true,
  name: true,
  source: true,
  sourceUrl: true,
  pool: true,
  withAudio: true,
  modality: true,
  method: true,
  minVotes: true,
  description: true,
  position: true,
} as const;

/** Creates a leaderboard; its slug comes from the name unless given, and must be free (409 otherwise). */
export async function createLeaderboard(db: Db, actor: Actor, input: CreateLeaderboardBody): Promise<LeaderboardRecord> {
  const slug = input.slug ?? slugifyName(input.name);
  if (!slug) {
    throw new PolicyViolationError("The name has no letters or digits to make a slug from: give a `slug`.", "leaderboard.slug-required");
  }
  const write = runMutation(db, actor, async ({ tx, invalidates }) => {
    const taken = await tx.leaderboard.findUnique({ where: { slug }, select: { name: true } });
    if (taken) throw new ConflictError(`The slug "${slug}" is already used by the leaderboard ${taken.name}.`, { slug });
    const last = await tx.leaderboard.aggregate({ _max: { position: true } });
    const board = await tx.leaderboard.create({
      data: {
        slug,
        name: input.name,
        source: input.source,
        sourceUrl: input.sourceUrl ?? null,
        pool: input.pool,
        withAudio: input.withAudio ?? false,
        modality: input.modality,
        method: input.method ?? "PUBLISHED",
        minVotes: input.minVotes ?? 1000,
        description: input.description ?? null,
        position: input.position ?? (last._max.position ?? -1) + 1,
      },
      select: leaderboardRecordSelect,
    });
    await recordAudit(tx, { actor, action: "leaderboard.create", entityType: "Leaderboard", entityId: board.id, data: { slug } });
    invalidates(cacheTags.board(slug), cacheTags.catalog);
    return board;
  });
  return write.catch((err: unknown) => {
    if (isUniqueViolation(err)) throw new ConflictError(`The slug "${slug}" was just taken.`, { slug });
    throw err;
  });
}
